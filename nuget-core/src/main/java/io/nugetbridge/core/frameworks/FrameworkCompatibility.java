package io.nugetbridge.core.frameworks;

import static io.nugetbridge.core.frameworks.FrameworkIdentifiers.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a project targeting one framework can use assets built for another, by NuGet's rules
 * (section 6 of nuget-reference.md): same framework at a lower or equal version, NuGet's equivalent
 * frameworks, its one-way mappings (.NET Framework 4.6.1 and later use netstandard up to 2.0, .NET
 * Core 3.0 and later up to 2.1, ...), and portable profiles.
 */
public final class FrameworkCompatibility {

    /** One of NuGet's one-way mappings: projects in the first range can use assets in the second. */
    private record Mapping(String projectIdentifier, FrameworkVersion projectMin, FrameworkVersion projectMax,
            String assetIdentifier, FrameworkVersion assetMin, FrameworkVersion assetMax) {

        boolean appliesTo(NuGetFramework project, NuGetFramework asset) {
            return project.identifier().equals(projectIdentifier)
                    && between(project.version(), projectMin, projectMax)
                    && asset.identifier().equals(assetIdentifier)
                    && between(asset.version(), assetMin, assetMax);
        }

        private static boolean between(FrameworkVersion version, FrameworkVersion min, FrameworkVersion max) {
            return min.isAtMost(version) && version.isAtMost(max);
        }
    }

    private static final FrameworkVersion EMPTY = FrameworkVersion.EMPTY;
    private static final FrameworkVersion MAX = FrameworkVersion.MAX;
    private static final List<Mapping> MAPPINGS = new ArrayList<>();
    /** Pairs NuGet treats as the same framework: {@code win} = {@code win8} = {@code netcore45}, ... */
    private static final List<NuGetFramework[]> EQUIVALENTS = new ArrayList<>();

    static {
        // UAP runs Windows 8.1 and Windows Phone 8.1 store apps and netcore50 assets.
        MAPPINGS.add(new Mapping(UAP, EMPTY, MAX, WINDOWS, EMPTY, v(8, 1)));
        MAPPINGS.add(new Mapping(UAP, EMPTY, MAX, WINDOWS_PHONE_APP, EMPTY, v(8, 1)));
        MAPPINGS.add(new Mapping(UAP, EMPTY, MAX, NET_CORE, v(5, 0), v(5, 0)));
        MAPPINGS.add(new Mapping(WINDOWS, EMPTY, MAX, WINRT, EMPTY, v(4, 5)));
        standard(TIZEN, v(3, 0), v(1, 6));
        standard(TIZEN, v(4, 0), v(2, 0));
        standard(TIZEN, v(6, 0), v(2, 1));
        standard(UAP, FrameworkVersion.of(10, 0, 15064), v(2, 0));
        standard(NET_CORE_APP, v(1, 0), v(1, 6));
        standard(NET_CORE_APP, v(1, 1), v(1, 7));
        standard(NET_CORE_APP, v(2, 0), v(2, 0));
        standard(NET_CORE_APP, v(3, 0), v(2, 1));
        generationAndStandard(DNX_CORE, EMPTY, v(5, 6), v(1, 5));
        generationAndStandard(UAP, EMPTY, v(5, 5), v(1, 4));
        generationAndStandard(NET_CORE, v(5, 0), v(5, 5), v(1, 4));
        generationAndStandard(WINDOWS_PHONE_APP, v(8, 1), v(5, 3), v(1, 2));
        generationAndStandard(WINDOWS_PHONE, v(8, 0), v(5, 1), v(1, 0));
        generationAndStandard(NET_FRAMEWORK, v(4, 5), v(5, 2), v(1, 1));
        generationAndStandard(NET_FRAMEWORK, FrameworkVersion.of(4, 5, 1), v(5, 3), v(1, 2));
        generationAndStandard(NET_FRAMEWORK, v(4, 6), v(5, 4), v(1, 3));
        generationAndStandard(NET_FRAMEWORK, FrameworkVersion.of(4, 6, 1), v(5, 5), v(2, 0));
        generationAndStandard(NET_FRAMEWORK, FrameworkVersion.of(4, 6, 2), v(5, 6), v(2, 0));
        generationAndStandard(NET_CORE, v(4, 5), v(5, 2), v(1, 1));
        generationAndStandard(NET_CORE, FrameworkVersion.of(4, 5, 1), v(5, 3), v(1, 2));
        for (String xamarin : List.of(MONO_ANDROID, MONO_MAC, MONO_TOUCH, XAMARIN_IOS, XAMARIN_MAC, XAMARIN_TVOS,
                XAMARIN_WATCHOS)) {
            generationAndStandard(xamarin, EMPTY, v(5, 6), v(2, 1));
        }
        for (String console : List.of(XAMARIN_PS3, XAMARIN_PS4, XAMARIN_PSVITA, XAMARIN_XBOX360, XAMARIN_XBOXONE)) {
            generationAndStandard(console, EMPTY, v(5, 6), v(2, 0));
        }
        // Subsets: a DNX project can use .NET Framework assets, DNXCore dotnet ones, netstandardapp netstandard ones.
        MAPPINGS.add(new Mapping(DNX, EMPTY, MAX, NET_FRAMEWORK, EMPTY, MAX));
        MAPPINGS.add(new Mapping(DNX_CORE, EMPTY, MAX, NET_PLATFORM, EMPTY, MAX));
        MAPPINGS.add(new Mapping(NET_STANDARD_APP, EMPTY, MAX, NET_STANDARD, EMPTY, MAX));

        equivalent(fw(UAP, EMPTY), fw(UAP, v(10, 0)));
        equivalent(fw(WINDOWS, EMPTY), fw(WINDOWS, v(8, 0)));
        equivalent(fw(WINDOWS, v(8, 0)), fw(NET_CORE, v(4, 5)));
        equivalent(fw(NET_CORE, v(4, 5)), fw(WINRT, v(4, 5)));
        equivalent(fw(NET_CORE, EMPTY), fw(NET_CORE, v(4, 5)));
        equivalent(fw(WINRT, EMPTY), fw(WINRT, v(4, 5)));
        equivalent(fw(WINDOWS, v(8, 1)), fw(NET_CORE, FrameworkVersion.of(4, 5, 1)));
        equivalent(fw(WINDOWS_PHONE, EMPTY), fw(WINDOWS_PHONE, v(7, 0)));
        equivalent(fw(WINDOWS_PHONE, v(7, 0)), NuGetFramework.of(SILVERLIGHT, v(3, 0), "WindowsPhone"));
        equivalent(NuGetFramework.of(WINDOWS_PHONE, v(7, 1)), NuGetFramework.of(SILVERLIGHT, v(4, 0), "WindowsPhone71"));
        equivalent(fw(WINDOWS_PHONE, v(8, 0)), NuGetFramework.of(SILVERLIGHT, v(8, 0), "WindowsPhone"));
        equivalent(fw(WINDOWS_PHONE, v(8, 1)), NuGetFramework.of(SILVERLIGHT, v(8, 1), "WindowsPhone"));
        equivalent(fw(WINDOWS_PHONE_APP, EMPTY), fw(WINDOWS_PHONE_APP, v(8, 1)));
        equivalent(fw(TIZEN, EMPTY), fw(TIZEN, v(3, 0)));
        equivalent(fw(DNX, EMPTY), fw(DNX, v(4, 5)));
        equivalent(fw(DNX_CORE, EMPTY), fw(DNX_CORE, v(5, 0)));
        equivalent(fw(NET_PLATFORM, EMPTY), fw(NET_PLATFORM, v(5, 0)));
        equivalent(fw(ASPNET, EMPTY), fw(ASPNET, v(5, 0)));
        equivalent(fw(ASPNET_CORE, EMPTY), fw(ASPNET_CORE, v(5, 0)));
        equivalent(fw(DNX, v(4, 5)), fw(ASPNET, v(5, 0)));
        equivalent(fw(DNX_CORE, v(5, 0)), fw(ASPNET_CORE, v(5, 0)));
    }

    private FrameworkCompatibility() {}

    private static FrameworkVersion v(int major, int minor) {
        return FrameworkVersion.of(major, minor);
    }

    private static NuGetFramework fw(String identifier, FrameworkVersion version) {
        return NuGetFramework.of(identifier, version);
    }

    private static void standard(String identifier, FrameworkVersion from, FrameworkVersion netStandard) {
        MAPPINGS.add(new Mapping(identifier, from, MAX, NET_STANDARD, v(1, 0), netStandard));
    }

    private static void generationAndStandard(String identifier, FrameworkVersion from, FrameworkVersion dotnet,
            FrameworkVersion netStandard) {
        MAPPINGS.add(new Mapping(identifier, from, MAX, NET_PLATFORM, v(5, 0), dotnet));
        standard(identifier, from, netStandard);
    }

    private static void equivalent(NuGetFramework a, NuGetFramework b) {
        EQUIVALENTS.add(new NuGetFramework[] {a, b});
    }

    /** True when a project targeting {@code project} can use assets built for {@code asset}. */
    public static boolean isCompatible(NuGetFramework project, NuGetFramework asset) {
        if (asset.isAny() || asset.isAgnostic()) {
            return true;
        }
        if (!project.isSpecific() || asset.isUnsupported()) {
            return false;
        }
        if (asset.isPortable()) {
            return portableAssetFits(project, asset);
        }
        if (project.isPortable()) {
            return portableProjectUses(project, asset);
        }
        for (NuGetFramework expanded : expand(project)) {
            if (sameFrameworkFits(expanded, asset)) {
                return true;
            }
            for (Mapping mapping : MAPPINGS) {
                if (mapping.appliesTo(expanded, asset)) {
                    return true;
                }
            }
        }
        return net6PlatformUsesXamarin(project, asset);
    }

    private static boolean portableAssetFits(NuGetFramework project, NuGetFramework asset) {
        List<NuGetFramework> assetFrameworks = new ArrayList<>(asset.portableFrameworks());
        assetFrameworks.addAll(PortableProfiles.optionalFrameworksOf(asset.profile()));
        if (project.isPortable()) {
            // Every platform the portable project runs on must be served by the portable asset.
            List<NuGetFramework> projectFrameworks = project.portableFrameworks();
            return !projectFrameworks.isEmpty() && projectFrameworks.stream()
                    .allMatch(p -> assetFrameworks.stream().anyMatch(a -> isCompatible(p, a)));
        }
        return assetFrameworks.stream().anyMatch(a -> isCompatible(project, a));
    }

    private static boolean portableProjectUses(NuGetFramework project, NuGetFramework asset) {
        if (NET_STANDARD.equals(asset.identifier())) {
            Optional<FrameworkVersion> max = PortableProfiles.netStandardOf(project.profile());
            if (max.isPresent()) {
                return asset.version().isAtMost(max.get());
            }
        }
        List<NuGetFramework> projectFrameworks = project.portableFrameworks();
        return !projectFrameworks.isEmpty() && projectFrameworks.stream().allMatch(p -> isCompatible(p, asset));
    }

    /** Same identifier, same (or equivalent) profile, an asset version no higher than the project's, matching platform. */
    private static boolean sameFrameworkFits(NuGetFramework project, NuGetFramework asset) {
        if (!project.identifier().equalsIgnoreCase(asset.identifier())) {
            return false;
        }
        if (!profilesMatch(project, asset)) {
            return false;
        }
        if (!asset.version().isAtMost(project.version())) {
            return false;
        }
        if (asset.hasPlatform()) {
            return asset.platform().equalsIgnoreCase(project.platform())
                    && asset.platformVersion().isAtMost(project.platformVersion());
        }
        return true;
    }

    private static boolean profilesMatch(NuGetFramework project, NuGetFramework asset) {
        return normalizedProfile(project).equalsIgnoreCase(normalizedProfile(asset));
    }

    /** For NuGet, the .NET Framework client profile is the full framework, and Windows Phone 7.1 is Windows Phone. */
    private static String normalizedProfile(NuGetFramework framework) {
        String profile = framework.profile();
        if (NET_FRAMEWORK.equals(framework.identifier())
                && (profile.equalsIgnoreCase("Client") || profile.equalsIgnoreCase("Full"))) {
            return "";
        }
        if ((SILVERLIGHT.equals(framework.identifier()) || WINDOWS_PHONE.equals(framework.identifier()))
                && profile.equalsIgnoreCase("WindowsPhone71")) {
            return "WindowsPhone";
        }
        return profile;
    }

    /** The project and every framework NuGet holds equivalent to it, transitively. */
    private static Set<NuGetFramework> expand(NuGetFramework project) {
        Set<NuGetFramework> result = new LinkedHashSet<>();
        result.add(project);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (NuGetFramework[] pair : EQUIVALENTS) {
                for (int side = 0; side < 2; side++) {
                    if (result.contains(pair[side]) && result.add(pair[1 - side])) {
                        grew = true;
                    }
                }
            }
        }
        return result;
    }

    /** {@code net6.0-android} also takes {@code monoandroid} assets, {@code net6.0-tizen} Tizen ones. */
    private static boolean net6PlatformUsesXamarin(NuGetFramework project, NuGetFramework asset) {
        if (!project.isNet5Era() || project.version().major() < 6 || !project.hasPlatform()) {
            return false;
        }
        return (project.platform().equalsIgnoreCase("android") && MONO_ANDROID.equals(asset.identifier()))
                || (project.platform().equalsIgnoreCase("tizen") && TIZEN.equals(asset.identifier()));
    }
}
