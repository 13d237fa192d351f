package io.nugetbridge.core.frameworks;

import static io.nugetbridge.core.frameworks.FrameworkIdentifiers.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Portable class library profiles: which frameworks {@code Profile259} stands for, which profile a
 * {@code net45+win8+wpa81+wp8} list is, and the netstandard version each profile can consume. The
 * table is NuGet's published list of profiles.
 */
final class PortableProfiles {

    private static final Map<Integer, List<NuGetFramework>> PROFILES = new LinkedHashMap<>();
    /** Profiles whose libraries also run on Xamarin (monoandroid, monotouch, xamarinios, ...). */
    private static final Set<Integer> WITH_XAMARIN = Set.of(5, 6, 7, 14, 19, 24, 37, 42, 44, 47, 49, 78, 92, 102,
            111, 136, 147, 151, 158, 225, 255, 259, 328, 336, 344);
    /** The highest netstandard a profile can consume. */
    private static final Map<Integer, FrameworkVersion> NETSTANDARD = Map.ofEntries(
            Map.entry(7, FrameworkVersion.of(1, 1)), Map.entry(31, FrameworkVersion.of(1, 0)),
            Map.entry(32, FrameworkVersion.of(1, 2)), Map.entry(44, FrameworkVersion.of(1, 2)),
            Map.entry(49, FrameworkVersion.of(1, 0)), Map.entry(78, FrameworkVersion.of(1, 0)),
            Map.entry(84, FrameworkVersion.of(1, 0)), Map.entry(111, FrameworkVersion.of(1, 1)),
            Map.entry(151, FrameworkVersion.of(1, 2)), Map.entry(157, FrameworkVersion.of(1, 0)),
            Map.entry(259, FrameworkVersion.of(1, 0)));

    static {
        NuGetFramework net4 = fw(NET_FRAMEWORK, 4, 0);
        NuGetFramework net403 = NuGetFramework.of(NET_FRAMEWORK, FrameworkVersion.of(4, 0, 3));
        NuGetFramework net45 = fw(NET_FRAMEWORK, 4, 5);
        NuGetFramework net451 = NuGetFramework.of(NET_FRAMEWORK, FrameworkVersion.of(4, 5, 1));
        NuGetFramework win8 = fw(WINDOWS, 8, 0);
        NuGetFramework win81 = fw(WINDOWS, 8, 1);
        NuGetFramework sl4 = fw(SILVERLIGHT, 4, 0);
        NuGetFramework sl5 = fw(SILVERLIGHT, 5, 0);
        NuGetFramework wp7 = fw(WINDOWS_PHONE, 7, 0);
        NuGetFramework wp75 = fw(WINDOWS_PHONE, 7, 5);
        NuGetFramework wp8 = fw(WINDOWS_PHONE, 8, 0);
        NuGetFramework wp81 = fw(WINDOWS_PHONE, 8, 1);
        NuGetFramework wpa81 = fw(WINDOWS_PHONE_APP, 8, 1);

        profile(31, win81, wp81);
        profile(32, win81, wpa81);
        profile(44, net451, win81);
        profile(84, wp81, wpa81);
        profile(151, net451, win81, wpa81);
        profile(157, win81, wp81, wpa81);
        profile(7, net45, win8);
        profile(49, net45, wp8);
        profile(78, net45, win8, wp8);
        profile(111, net45, win8, wpa81);
        profile(259, net45, win8, wpa81, wp8);
        profile(2, net4, win8, sl4, wp7);
        profile(3, net4, sl4);
        profile(4, net45, sl4, win8, wp7);
        profile(5, net4, win8);
        profile(6, net403, win8);
        profile(14, net4, sl5);
        profile(18, net403, sl4);
        profile(19, net403, sl5);
        profile(23, net45, sl4);
        profile(24, net45, sl5);
        profile(36, net4, sl4, win8, wp8);
        profile(37, net4, sl5, win8);
        profile(41, net403, sl4, win8);
        profile(42, net403, sl5, win8);
        profile(46, net45, sl4, win8);
        profile(47, net45, sl5, win8);
        profile(88, net4, sl4, win8, wp75);
        profile(92, net4, win8, wpa81);
        profile(95, net403, sl4, win8, wp7);
        profile(96, net403, sl4, win8, wp75);
        profile(102, net403, win8, wpa81);
        profile(104, net45, sl4, win8, wp75);
        profile(136, net4, sl5, win8, wp8);
        profile(143, net403, sl4, win8, wp8);
        profile(147, net403, sl5, win8, wp8);
        profile(154, net45, sl4, win8, wp8);
        profile(158, net45, sl5, win8, wp8);
        profile(225, net4, sl5, win8, wpa81);
        profile(240, net403, sl5, win8, wpa81);
        profile(255, net45, sl5, win8, wpa81);
        profile(328, net4, sl5, win8, wpa81, wp8);
        profile(336, net403, sl5, win8, wpa81, wp8);
        profile(344, net45, sl5, win8, wpa81, wp8);
    }

    private PortableProfiles() {}

    private static NuGetFramework fw(String identifier, int major, int minor) {
        return NuGetFramework.of(identifier, FrameworkVersion.of(major, minor));
    }

    private static void profile(int number, NuGetFramework... frameworks) {
        PROFILES.put(number, List.of(frameworks));
    }

    /**
     * The frameworks a portable profile stands for: {@code Profile259} from the table, or each part
     * of {@code net45+win8+wpa81}. Empty when the profile cannot be read (the framework is then
     * unsupported). The Xamarin frameworks some profiles also run on are not listed here.
     */
    static List<NuGetFramework> frameworksOf(String profile) {
        if (profile == null || profile.isEmpty()) {
            return List.of();
        }
        Optional<Integer> number = profileNumber(profile);
        if (number.isPresent()) {
            return PROFILES.getOrDefault(number.get(), List.of());
        }
        List<NuGetFramework> frameworks = new ArrayList<>();
        for (String part : profile.split("\\+")) {
            NuGetFramework framework = NuGetFramework.parse(part);
            if (part.isBlank() || !framework.isSpecific() || framework.isPortable() || framework.hasProfile()) {
                return List.of();
            }
            frameworks.add(framework);
        }
        return List.copyOf(frameworks);
    }

    /** The Xamarin frameworks a profile's libraries also run on; empty for most profiles. */
    static List<NuGetFramework> optionalFrameworksOf(String profile) {
        Optional<Integer> number = profileNumber(profile).or(() -> matchingProfile(frameworksOf(profile)));
        if (number.isEmpty() || !WITH_XAMARIN.contains(number.get())) {
            return List.of();
        }
        return List.of(fw(MONO_ANDROID, 0, 0), fw(MONO_TOUCH, 0, 0), fw(XAMARIN_IOS, 0, 0),
                fw(XAMARIN_MAC, 0, 0), fw(XAMARIN_WATCHOS, 0, 0), fw(XAMARIN_TVOS, 0, 0));
    }

    /** The highest netstandard a portable project of this profile can consume. */
    static Optional<FrameworkVersion> netStandardOf(String profile) {
        return profileNumber(profile).or(() -> matchingProfile(frameworksOf(profile))).map(NETSTANDARD::get);
    }

    /** {@code Profile259} for {@code net45+win8+wpa81+wp8}, or the profile as written when no profile matches. */
    static String canonicalProfile(String profile) {
        if (profileNumber(profile).isPresent()) {
            return "Profile" + profileNumber(profile).get();
        }
        return matchingProfile(frameworksOf(profile)).map(n -> "Profile" + n).orElse(profile);
    }

    private static Optional<Integer> profileNumber(String profile) {
        String lower = profile.toLowerCase(Locale.ROOT);
        if (lower.startsWith("profile") && lower.length() > 7 && lower.substring(7).chars().allMatch(Character::isDigit)
                && lower.length() < 12) {
            int number = Integer.parseInt(lower.substring(7));
            return PROFILES.containsKey(number) ? Optional.of(number) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The profile whose frameworks are exactly these, ignoring Xamarin ones and netcore45/win8 spellings. */
    private static Optional<Integer> matchingProfile(List<NuGetFramework> frameworks) {
        if (frameworks.isEmpty()) {
            return Optional.empty();
        }
        Set<NuGetFramework> wanted = new HashSet<>();
        for (NuGetFramework framework : frameworks) {
            if (!isXamarin(framework)) {
                wanted.add(canonical(framework));
            }
        }
        for (Map.Entry<Integer, List<NuGetFramework>> entry : PROFILES.entrySet()) {
            if (new HashSet<>(entry.getValue()).equals(wanted)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    private static boolean isXamarin(NuGetFramework framework) {
        String id = framework.identifier();
        return id.equals(MONO_ANDROID) || id.equals(MONO_TOUCH) || id.equals(MONO_MAC) || id.startsWith("Xamarin.");
    }

    /** netcore45 is win8 and netcore451 is win81 under other names. */
    private static NuGetFramework canonical(NuGetFramework framework) {
        if (NET_CORE.equals(framework.identifier())) {
            if (framework.version().equals(FrameworkVersion.of(4, 5))) {
                return fw(WINDOWS, 8, 0);
            }
            if (framework.version().equals(FrameworkVersion.of(4, 5, 1))) {
                return fw(WINDOWS, 8, 1);
            }
        }
        if (WINDOWS.equals(framework.identifier()) && framework.version().isEmpty()) {
            return fw(WINDOWS, 8, 0);
        }
        return framework;
    }
}
