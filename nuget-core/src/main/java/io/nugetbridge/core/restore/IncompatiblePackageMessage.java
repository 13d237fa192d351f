package io.nugetbridge.core.restore;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.resolve.Codes;
import io.nugetbridge.core.resolve.Diagnostic;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * NU1202, an error: a package meant to provide assemblies has none for the framework. The text is NuGet's
 * (NuGet.Commands/RestoreCommand/CompatibilityIssue.cs and Strings.resx {@code Log_PackageNotCompatibleWithFx*}):
 * "Package X 1.0.0 is not compatible with net472 (.NETFramework,Version=v4.7.2). Package X 1.0.0 supports: ...",
 * one supported framework on the same line, several on their own lines ({@code "\n  - "}) sorted by their text
 * ignoring case, none as "does not support any target frameworks.". A runtime-specific graph adds
 * {@code " / <rid>"} after the framework.
 */
final class IncompatiblePackageMessage {

    /**
     * NuGet sorts with the current culture ignoring case; for what framework texts hold (letters, digits, '.', '-',
     * '+', spaces, parentheses and commas) that is the same order as comparing them ignoring case, but for '+'
     * against '-' or '.' at the same place, which no two real folder names differ by.
     */
    private static final Comparator<String> ORDER = String.CASE_INSENSITIVE_ORDER;

    private IncompatiblePackageMessage() {}

    static Diagnostic of(String id, NuGetVersion version, NuGetFramework framework, Optional<String> runtime,
            List<NuGetFramework> supported) {
        String identity = id + " " + version.toNormalizedString();
        StringBuilder text = new StringBuilder("Package ").append(identity).append(" is not compatible with ")
                .append(display(framework)).append(runtime.map(rid -> " / " + rid).orElse("")).append(". ");
        if (supported.isEmpty()) {
            text.append("Package ").append(identity).append(" does not support any target frameworks.");
        } else {
            text.append("Package ").append(identity).append(" supports:");
            List<String> names = supported.stream().map(IncompatiblePackageMessage::display).sorted(ORDER).toList();
            if (names.size() == 1) {
                text.append(' ').append(names.get(0));
            } else {
                names.forEach(name -> text.append("\n  - ").append(name));
            }
        }
        return Diagnostic.error(Codes.NU1202, text.toString(), id, framework);
    }

    /** NuGet's {@code Log_FrameworkDisplay}: {@code net472 (.NETFramework,Version=v4.7.2)}. */
    private static String display(NuGetFramework framework) {
        return framework.shortFolderName() + " (" + framework.dotNetFrameworkName() + ")";
    }
}
