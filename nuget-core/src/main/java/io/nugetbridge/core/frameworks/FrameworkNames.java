package io.nugetbridge.core.frameworks;

import static io.nugetbridge.core.frameworks.FrameworkIdentifiers.*;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes a framework's short folder name the way NuGet's pack and restore name folders. */
final class FrameworkNames {

    /** Frameworks whose folder versions are always dotted: {@code netstandard2.0}, {@code netcoreapp3.1}. */
    private static final Set<String> DOTTED = Set.of(NET_STANDARD, NET_STANDARD_APP, NET_CORE_APP, TIZEN);
    /** Frameworks written with one digit when the minor version is zero: {@code win8}, {@code wp8}, {@code sl5}. */
    private static final Set<String> SINGLE_DIGIT = Set.of(WINDOWS, WINDOWS_PHONE, SILVERLIGHT);

    private FrameworkNames() {}

    static String shortFolderName(NuGetFramework framework) {
        if (!framework.isSpecific()) {
            return framework.identifier().toLowerCase(Locale.ROOT);
        }
        // .NET 5 and later is "net", not "netcoreapp": the folder NuGet writes for net8.0 is net8.0.
        StringBuilder name = new StringBuilder(framework.isNet5Era() ? "net"
                : FrameworkIdentifiers.shortName(framework.identifier()));
        if (NET_PLATFORM.equals(framework.identifier()) && framework.version().equals(FrameworkVersion.of(5, 0))) {
            return name.toString(); // dotnet5.0 is the plain "dotnet" folder
        }
        name.append(versionText(framework.identifier(), framework.version()));
        if (framework.isPortable()) {
            name.append('-').append(framework.portableFrameworks().stream()
                    .map(NuGetFramework::shortFolderName)
                    .sorted()
                    .collect(Collectors.joining("+")));
        } else if (framework.hasPlatform()) {
            name.append('-').append(framework.platform().toLowerCase(Locale.ROOT));
            if (!framework.platformVersion().isEmpty()) {
                name.append(framework.platformVersion().toDottedString());
            }
        } else if (framework.hasProfile()) {
            name.append('-').append(shortProfile(framework));
        }
        return name.toString();
    }

    private static String versionText(String identifier, FrameworkVersion version) {
        if (version.isEmpty()) {
            return "";
        }
        if (DOTTED.contains(identifier) || version.anyPartAbove9()) {
            return version.toDottedString();
        }
        StringBuilder digits = new StringBuilder().append(version.major());
        if (!(SINGLE_DIGIT.contains(identifier) && version.minor() == 0 && version.build() == 0
                && version.revision() == 0)) {
            digits.append(version.minor());
        }
        if (version.build() > 0 || version.revision() > 0) {
            digits.append(version.build());
        }
        if (version.revision() > 0) {
            digits.append(version.revision());
        }
        return digits.toString();
    }

    private static String shortProfile(NuGetFramework framework) {
        String profile = framework.profile();
        if (NET_FRAMEWORK.equals(framework.identifier())) {
            if (profile.equalsIgnoreCase("Client")) {
                return "client";
            }
            if (profile.equalsIgnoreCase("CompactFramework")) {
                return "cf";
            }
        }
        if (SILVERLIGHT.equals(framework.identifier())) {
            if (profile.equalsIgnoreCase("WindowsPhone")) {
                return "wp";
            }
            if (profile.equalsIgnoreCase("WindowsPhone71")) {
                return "wp71";
            }
        }
        return profile.toLowerCase(Locale.ROOT);
    }
}
