package io.nugetbridge.wagon;

import io.nugetbridge.core.version.VersionRange;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the version written on a {@code nupkg} {@code <dependency>} means: what it means in a PackageReference
 * (NuGet's {@code VersionRange.Parse}, see NuGet.Client {@code src/NuGet.Core/NuGet.Versioning/VersionRangeFactory.cs}).
 * {@code 1.0.0} is "1.0.0 or higher, the lowest the feeds have"; {@code [1.0,2.0)} the lowest inside;
 * floats float as NuGet floats. Maven refuses {@code *} in a version (its model validator), so a float is written
 * with {@code +} where NuGet writes {@code *}, as Gradle writes dynamic versions: {@code 1.+} is NuGet's {@code 1.*},
 * {@code +} is {@code *}, {@code +-+} is {@code *-*}, {@code 1.0.0-+} is {@code 1.0.0-*}. A {@code +} after a number
 * stays SemVer's build metadata ({@code 1.0.0+abc}). Maven's own {@code RELEASE} and {@code LATEST}, deprecated in
 * Maven and unknown to NuGet, are read as the floats that mean the same: {@code *} (the highest stable version) and
 * {@code *-*} (the highest, prereleases included). A Maven range NuGet cannot read (a union such as
 * {@code [1,2),[3,4)}) is an error that says so.
 */
final class NupkgVersionText {

    /** A {@code +} standing alone where NuGet's float star would: at the start or after a dot or dash, before the end, a dot or a dash. */
    private static final Pattern FLOAT_PLUS = Pattern.compile("(^|[.-])\\+(?=$|[.-])");

    private NupkgVersionText() {}

    static VersionRange toRange(String written) {
        String text = written == null ? "" : written.strip();
        switch (text.toUpperCase(Locale.ROOT)) {
            case "RELEASE":
                return VersionRange.parse("*");
            case "LATEST":
                return VersionRange.parse("*-*");
            default:
                return VersionRange.parse(FLOAT_PLUS.matcher(text).replaceAll("$1*"));
        }
    }
}
