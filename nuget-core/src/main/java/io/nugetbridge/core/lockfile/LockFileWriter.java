package io.nugetbridge.core.lockfile;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;

/**
 * Writes packages.lock.json byte for byte as NuGet does ({@code System.Text.Json}, indented): two-space
 * indentation, {@code "key": value}, {@code {}} for an empty object, {@code \n} line ends, no final newline,
 * non-ASCII left as is; a package's dependencies ordered by id (ordinal), their ranges in the short nuspec form.
 * So a lock file written here and one written by dotnet differ only where the graphs differ.
 */
public final class LockFileWriter {

    private LockFileWriter() {}

    public static String render(PackagesLockFile lockFile) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"version\": ").append(lockFile.version()).append(",\n");
        out.append("  \"dependencies\": ");
        object(out, 1, lockFile.targets(), (target, indent) -> {
            key(out, indent, target.name());
            object(out, indent, target.packages(), (locked, inner) -> writePackage(out, inner, locked));
        });
        return out.append("\n}").toString();
    }

    /** Writes the file through a temporary sibling, so a reader never sees half of it. */
    public static void write(PackagesLockFile lockFile, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".packages.lock", ".tmp");
            Files.writeString(temporary, render(lockFile), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the lock file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writePackage(StringBuilder out, int indent, LockedPackage locked) {
        key(out, indent, locked.id());
        out.append("{\n");
        String pad = "  ".repeat(indent + 1);
        out.append(pad).append("\"type\": ").append(quote(locked.type().json()));
        locked.requested().ifPresent(r -> out.append(",\n").append(pad).append("\"requested\": ").append(quote(r.toNormalizedString())));
        locked.resolved().ifPresent(v -> out.append(",\n").append(pad).append("\"resolved\": ").append(quote(v.toNormalizedString())));
        locked.contentHash().ifPresent(h -> out.append(",\n").append(pad).append("\"contentHash\": ").append(quote(h)));
        if (!locked.dependencies().isEmpty()) {
            out.append(",\n").append(pad).append("\"dependencies\": ");
            List<LockedDependency> ordered = locked.dependencies().stream()
                    .sorted(Comparator.comparing(LockedDependency::id)).toList();
            boolean project = locked.type() == LockType.PROJECT;
            object(out, indent + 1, ordered, (dependency, inner) -> {
                key(out, inner, dependency.id());
                out.append(quote(project ? dependency.range().toNormalizedString() : dependency.range().toNuspecString()));
            });
        }
        out.append('\n').append("  ".repeat(indent)).append('}');
    }

    private interface Member<T> {
        void write(T item, int indent);
    }

    /** {@code {}} when empty, else each member on its own line one level deeper. */
    private static <T> void object(StringBuilder out, int indent, List<T> items, Member<T> member) {
        if (items.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        for (int i = 0; i < items.size(); i++) {
            member.write(items.get(i), indent + 1);
            out.append(i < items.size() - 1 ? ",\n" : "\n");
        }
        out.append("  ".repeat(indent)).append('}');
    }

    private static void key(StringBuilder out, int indent, String name) {
        out.append("  ".repeat(indent)).append(quote(name)).append(": ");
    }

    private static String quote(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }
}
