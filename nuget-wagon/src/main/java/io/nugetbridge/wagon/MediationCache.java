package io.nugetbridge.wagon;

import io.nugetbridge.core.cache.GlobalPackagesFolder;
import io.nugetbridge.core.text.LineEscaping;
import io.nugetbridge.core.version.NuGetVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * NuGet's no-op restore for the mediation: the choice of the last build, kept in the project's build folder
 * ({@code target/nuget-wagon/mediation.txt}, as NuGet keeps {@code obj/project.nuget.cache}) with a hash of what it
 * was resolved from (framework, references as written, repositories, silenced codes). When the hash is the same and
 * every chosen package is in the global packages folder, the choice is used again without resolving or asking a
 * feed, as NuGet skips a restore whose inputs did not change (NuGet.Client
 * {@code src/NuGet.Core/NuGet.Commands/RestoreCommand/NoOpRestoreUtilities.cs}); {@code mvn clean} forgets it. A
 * file that cannot be read, is too large or malformed counts as absent.
 */
final class MediationCache {

    private static final String HEADER = "# nuget-wagon mediation 1";
    private static final long MAX_BYTES = 8L * 1024 * 1024;

    private final Path file;

    MediationCache(Path buildFolder) {
        this.file = buildFolder.resolve("nuget-wagon").resolve("mediation.txt");
    }

    /** The hash of a mediation's inputs, each a line of text in a fixed order. */
    static String inputsHash(List<String> inputs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String input : inputs) {
                sha.update(input.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The kept choice, when it was made from these inputs and every package it chose is installed. */
    Optional<NuGetChoice> read(String inputsHash, GlobalPackagesFolder packages) {
        List<String> lines;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("inputs " + inputsHash)) {
            return Optional.empty();
        }
        List<NuGetChoice.Chosen> chosen = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            String[] parts = line.split(" ", 2);
            if (parts.length < 2) {
                return Optional.empty();
            }
            if (parts[0].equals("warning")) {
                warnings.add(LineEscaping.unescape(parts[1]));
            } else if (parts[0].equals("package")) {
                String[] fields = parts[1].split(" ");
                Optional<NuGetVersion> version = fields.length < 3 ? Optional.empty() : NuGetVersion.tryParse(fields[1]);
                if (version.isEmpty() || packages.find(fields[0], version.get()).isEmpty()) {
                    return Optional.empty();
                }
                Set<String> spellings = new LinkedHashSet<>(Arrays.asList(fields).subList(2, fields.length));
                chosen.add(new NuGetChoice.Chosen(fields[0], fields[1], spellings));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new NuGetChoice(chosen, warnings));
    }

    /** Keeps a choice for the next build; a folder that cannot be written only costs that build a resolution. */
    void write(String inputsHash, NuGetChoice choice) {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append("inputs ").append(inputsHash).append('\n');
        for (NuGetChoice.Chosen p : choice.packages()) {
            text.append("package ").append(p.id()).append(' ').append(p.version());
            p.spellings().forEach(s -> text.append(' ').append(s));
            text.append('\n');
        }
        choice.warnings().forEach(w -> text.append("warning ").append(LineEscaping.escape(w)).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "mediation", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The next build resolves again; nothing else depends on this file.
        }
    }
}
