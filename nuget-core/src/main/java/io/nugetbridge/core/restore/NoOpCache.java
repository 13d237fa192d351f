package io.nugetbridge.core.restore;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.packaging.PackageHash;
import io.nugetbridge.core.resolve.Diagnostic;
import io.nugetbridge.core.text.LineEscaping;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NuGet's no-op restore ({@code obj/project.nuget.cache}): after a successful restore, the hash of its
 * {@link RestoreFingerprint} and every file it produced or relies on (each package's {@code .nupkg.metadata} in the
 * global packages folder, each extracted folder, framework folder, summary and lock file) go to
 * {@code <output>/.restore.cache}. The next restore with the same fingerprint whose files all still exist does
 * nothing and reports what the last one did, its warnings included, as NuGet replays them. Anything else, a missing
 * or unreadable cache included, means a full restore.
 */
final class NoOpCache {

    static final String FILE_NAME = ".restore.cache";
    private static final String FORMAT = "nuget-restore-cache 1";

    private NoOpCache() {}

    /** The last report, when the fingerprint is the same and every file it lists is still there. */
    static Optional<RestoreReport> read(Path output, String fingerprint) {
        Path file = output.resolve(FILE_NAME);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(FORMAT) || !lines.get(1).equals(hash(fingerprint))) {
                return Optional.empty();
            }
            return parse(lines.subList(2, lines.size()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged cache only costs a full restore
        }
    }

    /** Records a successful restore; {@code files} are the files whose absence must undo the no-op. */
    static void write(Path output, String fingerprint, RestoreReport report, List<Path> files) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n').append(hash(fingerprint)).append('\n');
        text.append("packages\t").append(report.packages()).append('\n');
        report.assetFolders().forEach((tfm, folder) -> text.append("assets\t").append(tfm).append('\t').append(folder).append('\n'));
        for (UnitOutcome unit : report.units()) {
            text.append("unit\t").append(LineEscaping.escape(unit.name())).append('\t').append(unit.summary().map(Path::toString).orElse(""))
                    .append('\n');
            for (Diagnostic d : unit.diagnostics()) {
                text.append("diagnostic\t").append(d.code()).append('\t').append(d.level()).append('\t')
                        .append(String.join(",", d.frameworks().stream().map(NuGetFramework::shortFolderName).toList()))
                        .append('\t').append(d.packageId().orElse("")).append('\t').append(LineEscaping.escape(d.message())).append('\n');
            }
        }
        files.forEach(f -> text.append("file\t").append(f).append('\n'));
        Path file = output.resolve(FILE_NAME);
        try {
            Files.createDirectories(output);
            Path temporary = Files.createTempFile(output, ".restore.cache", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Optional<RestoreReport> parse(List<String> lines) {
        int packages = 0;
        Map<String, Path> assets = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        List<Optional<Path>> summaries = new ArrayList<>();
        List<List<Diagnostic>> diagnostics = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\t", -1);
            switch (parts[0]) {
                case "packages" -> packages = Integer.parseInt(parts[1]);
                case "assets" -> assets.put(parts[1], Path.of(parts[2]));
                case "unit" -> {
                    names.add(LineEscaping.unescape(parts[1]));
                    summaries.add(parts[2].isEmpty() ? Optional.empty() : Optional.of(Path.of(parts[2])));
                    diagnostics.add(new ArrayList<>());
                }
                case "diagnostic" -> diagnostics.get(diagnostics.size() - 1).add(new Diagnostic(parts[1],
                        Diagnostic.Level.valueOf(parts[2]), LineEscaping.unescape(parts[5]), Optional.of(parts[4]).filter(s -> !s.isEmpty()),
                        Arrays.stream(parts[3].split(",")).filter(s -> !s.isEmpty()).map(NuGetFramework::parse).toList()));
                case "file" -> {
                    if (!Files.exists(Path.of(parts[1]))) {
                        return Optional.empty();
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        List<UnitOutcome> units = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            units.add(new UnitOutcome(names.get(i), diagnostics.get(i), List.of(), summaries.get(i), Optional.empty()));
        }
        return Optional.of(new RestoreReport(units, assets, packages, 0, List.of(), true));
    }

    private static String hash(String fingerprint) {
        try {
            return PackageHash.sha512Base64(new ByteArrayInputStream(fingerprint.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
