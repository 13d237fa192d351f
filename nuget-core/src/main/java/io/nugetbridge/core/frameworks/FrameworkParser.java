package io.nugetbridge.core.frameworks;

import static io.nugetbridge.core.frameworks.FrameworkIdentifiers.*;

import io.nugetbridge.core.text.PercentDecoding;
import java.util.Locale;
import java.util.Optional;

/** Turns the three spellings of a framework into a {@link NuGetFramework}; never throws. */
final class FrameworkParser {

    private FrameworkParser() {}

    static NuGetFramework parse(String text) {
        if (text == null || text.isBlank()) {
            return NuGetFramework.ANY;
        }
        String trimmed = text.trim();
        return trimmed.indexOf(',') >= 0 ? parseFullName(trimmed) : parseFolderName(trimmed);
    }

    /** {@code .NETFramework,Version=v4.7.2,Profile=Client}. Unknown identifiers are kept as written, as NuGet does. */
    private static NuGetFramework parseFullName(String text) {
        String[] parts = text.split(",");
        String first = parts[0].trim();
        Optional<NuGetFramework> special = special(first);
        if (special.isPresent()) {
            return special.get();
        }
        if (first.isEmpty()) {
            return NuGetFramework.UNSUPPORTED;
        }
        String identifier = FrameworkIdentifiers.resolve(first).orElse(first);
        FrameworkVersion version = FrameworkVersion.EMPTY;
        String profile = "";
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            int equals = part.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String key = part.substring(0, equals).trim();
            String value = part.substring(equals + 1).trim();
            if (key.equalsIgnoreCase("Version")) {
                String digits = value.startsWith("v") || value.startsWith("V") ? value.substring(1) : value;
                Optional<FrameworkVersion> parsed = FrameworkVersion.parseDotted(digits);
                if (parsed.isEmpty()) {
                    return NuGetFramework.UNSUPPORTED;
                }
                version = parsed.get();
            } else if (key.equalsIgnoreCase("Profile")) {
                profile = value;
            }
        }
        if (NET_CORE_APP.equals(identifier) && version.major() >= 5) {
            return NuGetFramework.of(identifier, version);
        }
        if (PORTABLE.equals(identifier)) {
            return portable(version, profile);
        }
        return NuGetFramework.of(identifier, version, profile);
    }

    /** {@code net472}, {@code net8.0-windows10.0.19041}, {@code .NETPortable0.0-Profile259}, {@code portable-net45+win8}. */
    private static NuGetFramework parseFolderName(String raw) {
        String text = PercentDecoding.decode(raw);
        Optional<NuGetFramework> special = special(text);
        if (special.isPresent()) {
            return special.get();
        }
        int versionStart = 0;
        while (versionStart < text.length() && isLetterOrDot(text.charAt(versionStart))) {
            versionStart++;
        }
        if (versionStart == 0) {
            return deprecatedBareVersion(text);
        }
        int suffixStart = versionStart;
        while (suffixStart < text.length() && isDigitOrDot(text.charAt(suffixStart))) {
            suffixStart++;
        }
        String suffix = "";
        if (suffixStart < text.length()) {
            if (text.charAt(suffixStart) != '-' || suffixStart == text.length() - 1) {
                return NuGetFramework.UNSUPPORTED;
            }
            suffix = text.substring(suffixStart + 1);
            if (!suffix.chars().allMatch(FrameworkParser::isProfileChar)) {
                return NuGetFramework.UNSUPPORTED;
            }
        }
        Optional<String> identifier = FrameworkIdentifiers.resolve(text.substring(0, versionStart));
        if (identifier.isEmpty()) {
            return NuGetFramework.UNSUPPORTED;
        }
        FrameworkVersion version = FrameworkVersion.EMPTY;
        if (suffixStart > versionStart) {
            Optional<FrameworkVersion> parsed = FrameworkVersion.parseShort(text.substring(versionStart, suffixStart));
            if (parsed.isEmpty()) {
                return NuGetFramework.UNSUPPORTED;
            }
            version = parsed.get();
        }
        String id = identifier.get();
        if (version.major() >= 5 && (NET_FRAMEWORK.equals(id) || NET_CORE_APP.equals(id))) {
            // "net5.0" and later are .NET (Core), whatever the folder calls them; ".NETFramework5.0"
            // written by early .NET 5 tooling means the same.
            return net5Era(version, suffix);
        }
        if (PORTABLE.equals(id)) {
            return portable(version, suffix);
        }
        if (NET_PLATFORM.equals(id) && version.isEmpty()) {
            version = FrameworkVersion.of(5, 0); // "dotnet" is dotnet5.0, NuGet's first generation
        }
        return NuGetFramework.of(id, version, expandProfile(id, suffix));
    }

    private static NuGetFramework net5Era(FrameworkVersion version, String platformText) {
        if (platformText.isEmpty()) {
            return NuGetFramework.of(NET_CORE_APP, version);
        }
        int versionStart = 0;
        while (versionStart < platformText.length() && isLetterOrDot(platformText.charAt(versionStart))) {
            versionStart++;
        }
        String platform = platformText.substring(0, versionStart);
        FrameworkVersion platformVersion = FrameworkVersion.EMPTY;
        if (versionStart < platformText.length()) {
            Optional<FrameworkVersion> parsed = FrameworkVersion.parseDotted(platformText.substring(versionStart));
            if (parsed.isEmpty() || platform.isEmpty()) {
                return NuGetFramework.UNSUPPORTED;
            }
            platformVersion = parsed.get();
        }
        return NuGetFramework.withPlatform(NET_CORE_APP, version, platform, platformVersion);
    }

    private static NuGetFramework portable(FrameworkVersion version, String profile) {
        if (PortableProfiles.frameworksOf(profile).isEmpty()) {
            return NuGetFramework.UNSUPPORTED;
        }
        return NuGetFramework.of(PORTABLE, version, PortableProfiles.canonicalProfile(profile));
    }

    /** Short profile names in folders: {@code net40-client}, {@code net35-cf}, {@code sl3-wp}. */
    private static String expandProfile(String identifier, String shortProfile) {
        String lower = shortProfile.toLowerCase(Locale.ROOT);
        if (NET_FRAMEWORK.equals(identifier)) {
            switch (lower) {
                case "client":
                    return "Client";
                case "cf":
                    return "CompactFramework";
                case "full":
                    return "";
                default:
                    return shortProfile;
            }
        }
        if (SILVERLIGHT.equals(identifier)) {
            switch (lower) {
                case "wp":
                    return "WindowsPhone";
                case "wp71":
                    return "WindowsPhone71";
                default:
                    return shortProfile;
            }
        }
        return shortProfile;
    }

    /** Folder names of NuGet 1.x, {@code lib/40}, {@code lib/4.5}: still read as .NET Framework. */
    private static NuGetFramework deprecatedBareVersion(String text) {
        switch (text) {
            case "45":
            case "4.5":
                return NuGetFramework.of(NET_FRAMEWORK, FrameworkVersion.of(4, 5));
            case "40":
            case "4.0":
            case "4":
                return NuGetFramework.of(NET_FRAMEWORK, FrameworkVersion.of(4, 0));
            case "35":
            case "3.5":
                return NuGetFramework.of(NET_FRAMEWORK, FrameworkVersion.of(3, 5));
            case "20":
            case "2":
            case "2.0":
                return NuGetFramework.of(NET_FRAMEWORK, FrameworkVersion.of(2, 0));
            default:
                return NuGetFramework.UNSUPPORTED;
        }
    }

    private static Optional<NuGetFramework> special(String text) {
        if (text.equalsIgnoreCase(FrameworkIdentifiers.ANY)) {
            return Optional.of(NuGetFramework.ANY);
        }
        if (text.equalsIgnoreCase(FrameworkIdentifiers.AGNOSTIC)) {
            return Optional.of(NuGetFramework.AGNOSTIC);
        }
        if (text.equalsIgnoreCase(FrameworkIdentifiers.UNSUPPORTED)) {
            return Optional.of(NuGetFramework.UNSUPPORTED);
        }
        return Optional.empty();
    }

    private static boolean isLetterOrDot(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.';
    }

    private static boolean isDigitOrDot(char c) {
        return (c >= '0' && c <= '9') || c == '.';
    }

    private static boolean isProfileChar(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || c == '.' || c == '+' || c == '-';
    }
}
