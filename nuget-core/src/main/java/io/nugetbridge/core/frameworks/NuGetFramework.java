package io.nugetbridge.core.frameworks;

import static io.nugetbridge.core.frameworks.FrameworkIdentifiers.*;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A target framework as NuGet sees it: an identifier ({@code .NETFramework}, {@code .NETCoreApp}, ...),
 * a version, and either a profile ({@code Client}, {@code Profile259}) or, for .NET 5 and later, a
 * platform with its version ({@code windows10.0.19041}).
 *
 * <p>{@link #parse} never throws: what it cannot read becomes {@link #UNSUPPORTED}, as in NuGet. See
 * section 6 of nuget-reference.md.
 */
public final class NuGetFramework {

    /** Assets without a framework folder: compatible with every project. */
    public static final NuGetFramework ANY = special(FrameworkIdentifiers.ANY);
    public static final NuGetFramework AGNOSTIC = special(FrameworkIdentifiers.AGNOSTIC);
    public static final NuGetFramework UNSUPPORTED = special(FrameworkIdentifiers.UNSUPPORTED);

    private final String identifier;
    private final FrameworkVersion version;
    private final String profile;
    private final String platform;
    private final FrameworkVersion platformVersion;

    NuGetFramework(String identifier, FrameworkVersion version, String profile, String platform,
            FrameworkVersion platformVersion) {
        this.identifier = Objects.requireNonNull(identifier);
        this.version = Objects.requireNonNull(version);
        this.profile = profile == null ? "" : profile;
        this.platform = platform == null ? "" : platform;
        this.platformVersion = platformVersion == null ? FrameworkVersion.EMPTY : platformVersion;
    }

    private static NuGetFramework special(String identifier) {
        return new NuGetFramework(identifier, FrameworkVersion.EMPTY, "", "", FrameworkVersion.EMPTY);
    }

    public static NuGetFramework of(String identifier, FrameworkVersion version) {
        return of(identifier, version, "");
    }

    public static NuGetFramework of(String identifier, FrameworkVersion version, String profile) {
        return new NuGetFramework(identifier, version, profile, "", FrameworkVersion.EMPTY);
    }

    public static NuGetFramework withPlatform(String identifier, FrameworkVersion version, String platform,
            FrameworkVersion platformVersion) {
        return new NuGetFramework(identifier, version, "", platform, platformVersion);
    }

    /**
     * Reads a short folder name ({@code net472}, {@code net8.0-windows}), a long form
     * ({@code .NETFramework4.7.2}, {@code .NETPortable0.0-Profile259}) or a full name
     * ({@code .NETFramework,Version=v4.7.2,Profile=Client}). Empty means {@link #ANY}; anything
     * unreadable means {@link #UNSUPPORTED}.
     */
    public static NuGetFramework parse(String text) {
        return FrameworkParser.parse(text);
    }

    /**
     * Reads a comma-separated list, as a {@code <frameworkAssembly targetFramework>} may hold
     * ({@code .NETFramework3.5, .NETFramework4.0-Client}); blank means {@link #ANY}.
     */
    public static List<NuGetFramework> parseList(String text) {
        if (text == null || text.isBlank()) {
            return List.of(ANY);
        }
        return java.util.Arrays.stream(text.split(","))
                .map(String::trim)
                .filter(part -> !part.isEmpty())
                .map(NuGetFramework::parse)
                .toList();
    }

    public String identifier() {
        return identifier;
    }

    public FrameworkVersion version() {
        return version;
    }

    public String profile() {
        return profile;
    }

    public String platform() {
        return platform;
    }

    public FrameworkVersion platformVersion() {
        return platformVersion;
    }

    public boolean isAny() {
        return FrameworkIdentifiers.ANY.equals(identifier);
    }

    public boolean isAgnostic() {
        return FrameworkIdentifiers.AGNOSTIC.equals(identifier);
    }

    public boolean isUnsupported() {
        return FrameworkIdentifiers.UNSUPPORTED.equals(identifier);
    }

    public boolean isSpecific() {
        return !isAny() && !isAgnostic() && !isUnsupported();
    }

    public boolean isPortable() {
        return PORTABLE.equals(identifier);
    }

    /** .NET 5 and later: {@code net5.0}, {@code net8.0-windows}; the only frameworks with platforms. */
    public boolean isNet5Era() {
        return NET_CORE_APP.equals(identifier) && version.major() >= 5;
    }

    public boolean hasPlatform() {
        return !platform.isEmpty();
    }

    public boolean hasProfile() {
        return !profile.isEmpty();
    }

    /** netstandard, dotnet, netcoreapp and the like: frameworks whose base libraries come as packages. */
    public boolean isPackageBased() {
        return FrameworkIdentifiers.isPackageBased(identifier)
                || (NET_CORE.equals(identifier) && version.major() >= 5);
    }

    /** The frameworks a portable profile stands for; empty for anything else. */
    public List<NuGetFramework> portableFrameworks() {
        return isPortable() ? PortableProfiles.frameworksOf(profile) : List.of();
    }

    /** The same framework without its platform: {@code net8.0} for {@code net8.0-windows7.0}. */
    public NuGetFramework withoutPlatform() {
        return hasPlatform() ? new NuGetFramework(identifier, version, profile, "", FrameworkVersion.EMPTY) : this;
    }

    /**
     * The short folder name NuGet uses in {@code lib/} and writes for .NET 5+ dependency groups:
     * {@code net472}, {@code netstandard2.0}, {@code net8.0-windows10.0.19041}, {@code net40-client},
     * {@code portable-net45+win8+wpa81+wp8}.
     */
    public String shortFolderName() {
        return FrameworkNames.shortFolderName(this);
    }

    /** The full name: {@code .NETFramework,Version=v4.7.2,Profile=Client}. */
    public String dotNetFrameworkName() {
        if (!isSpecific()) {
            return identifier;
        }
        StringBuilder name = new StringBuilder(identifier).append(",Version=v").append(version.toDottedString());
        if (hasProfile()) {
            name.append(",Profile=").append(profile);
        }
        return name.toString();
    }

    /**
     * How {@code nuget pack} writes this framework in a dependency group: the short folder name for
     * .NET 5 and later, {@code Identifier+Version[-Profile]} for the rest ({@code .NETStandard2.0},
     * {@code .NETFramework4.0-Client}).
     */
    public String toNuspecString() {
        if (!isSpecific() || isNet5Era()) {
            return isSpecific() ? shortFolderName() : "";
        }
        StringBuilder text = new StringBuilder(identifier).append(version.toDottedString());
        if (hasProfile()) {
            text.append('-').append(profile);
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof NuGetFramework that)) {
            return false;
        }
        return identifier.equalsIgnoreCase(that.identifier)
                && version.equals(that.version)
                && profile.equalsIgnoreCase(that.profile)
                && platform.equalsIgnoreCase(that.platform)
                && platformVersion.equals(that.platformVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(identifier.toLowerCase(Locale.ROOT), version, profile.toLowerCase(Locale.ROOT),
                platform.toLowerCase(Locale.ROOT), platformVersion);
    }

    /** The short folder name, with the full name alongside: easy to read in a failed assertion or a log. */
    @Override
    public String toString() {
        return isSpecific() ? shortFolderName() + " (" + dotNetFrameworkName() + platformSuffix() + ")" : identifier;
    }

    private String platformSuffix() {
        return hasPlatform() ? ", platform " + platform + " " + platformVersion.toDottedString() : "";
    }
}
