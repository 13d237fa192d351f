package io.nugetbridge.core.spec;

/**
 * One {@code <packageType name version>} of {@code <packageTypes>}, e.g. {@code Dependency},
 * {@code DotnetTool}, {@code SymbolsPackage}; version is null when absent.
 */
public record PackageType(String name, String version) {

    public PackageType {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A package type needs a name");
        }
    }
}
