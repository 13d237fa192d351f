package io.nugetbridge.core.feed;

import java.util.List;

/**
 * The {@code @type} strings NuGet's client looks for, in the order it tries them (section 1 of
 * nuget-reference.md). Matching is ordinal and case-sensitive, as in NuGet.
 */
public final class ServiceTypes {

    public static final List<String> PACKAGE_BASE_ADDRESS = List.of("PackageBaseAddress/Versioned",
            "PackageBaseAddress/3.0.0");
    /** The SemVer 2 hive first: it lists every version, the others leave SemVer 2 packages out. */
    public static final List<String> REGISTRATIONS = List.of("RegistrationsBaseUrl/Versioned",
            "RegistrationsBaseUrl/3.6.0", "RegistrationsBaseUrl/3.4.0", "RegistrationsBaseUrl/3.0.0-rc",
            "RegistrationsBaseUrl/3.0.0-beta", "RegistrationsBaseUrl");
    public static final List<String> SEARCH = List.of("SearchQueryService/Versioned", "SearchQueryService/3.5.0",
            "SearchQueryService/3.4.0", "SearchQueryService/3.0.0-rc", "SearchQueryService/3.0.0-beta",
            "SearchQueryService");
    public static final List<String> PACKAGE_PUBLISH = List.of("PackagePublish/Versioned", "PackagePublish/2.0.0");
    public static final List<String> SYMBOL_PACKAGE_PUBLISH = List.of("SymbolPackagePublish/4.9.0");
    public static final List<String> LEGACY_GALLERY = List.of("LegacyGallery/Versioned", "LegacyGallery/2.0.0",
            "LegacyGallery");
    public static final List<String> REPOSITORY_SIGNATURES = List.of("RepositorySignatures/5.0.0",
            "RepositorySignatures/4.9.0", "RepositorySignatures/4.7.0");

    private ServiceTypes() {}
}
