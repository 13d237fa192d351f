package io.nugetbridge.core.config;

import java.util.List;
import java.util.Optional;

/**
 * NuGet's NU1100 under package source mapping: no enabled source may provide a package, so none was
 * asked. The message lists the sources that were not considered and says how to map the package.
 */
public final class PackageSourceMappingException extends ConfigException {

    private static final long serialVersionUID = 1L;

    private final String packageId;

    PackageSourceMappingException(String packageId, Optional<String> pattern, List<String> mappedSources,
            List<String> notConsidered) {
        super(message(packageId, pattern, mappedSources, notConsidered));
        this.packageId = packageId;
    }

    public String packageId() {
        return packageId;
    }

    private static String message(String packageId, Optional<String> pattern, List<String> mappedSources,
            List<String> notConsidered) {
        String why = pattern.isEmpty()
                ? "no <package pattern> in <packageSourceMapping> matches it"
                : "its pattern '" + pattern.get() + "' maps it only to " + mappedSources
                        + ", which are not enabled sources";
        return "NU1100: Unable to resolve '" + packageId + "': package source mapping is enabled and " + why
                + ", so the following source(s) were not considered: " + String.join(", ", notConsidered)
                + ". Add <package pattern=\"" + packageId + "\"/> (or a prefix such as \"" + prefix(packageId)
                + "\") under the <packageSource> that has it.";
    }

    private static String prefix(String packageId) {
        int dot = packageId.indexOf('.');
        return (dot > 0 ? packageId.substring(0, dot + 1) : packageId) + "*";
    }
}
