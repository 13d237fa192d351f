package io.nugetbridge.core.restore;

import io.nugetbridge.core.version.NuGetVersion;
import java.util.Locale;

/**
 * A package version a restore needs in the global packages folder, and the source resolution found it on.
 *
 * @param id      the id as the package (or the packages.config) spells it
 * @param version the version
 * @param source  the name of the source that has it (the global packages folder's path when it is already there)
 */
public record PackageToInstall(String id, NuGetVersion version, String source) {

    /**
     * Id and version, both in any case: one install per key, however many units and frameworks want it, and whether
     * the version came from the nuspec ({@code 3.3.0-CI-2857}) or a lower-cased version list ({@code 3.3.0-ci-2857}).
     */
    public String key() {
        return key(id, version);
    }

    static String key(String id, NuGetVersion version) {
        return id.toLowerCase(Locale.ROOT) + "/" + version.toPathString();
    }

    @Override
    public String toString() {
        return id + " " + version.toNormalizedString();
    }
}
