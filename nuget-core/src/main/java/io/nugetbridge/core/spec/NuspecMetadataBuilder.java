package io.nugetbridge.core.spec;

import java.util.List;

/**
 * Builds a {@link NuspecMetadata}: the record has too many components to construct by position. Every
 * value starts absent (null, or empty for lists); setters return the builder.
 */
public final class NuspecMetadataBuilder {
    private String id;
    private String versionText;
    private String minClientVersion;
    private String title;
    private String authorsText;
    private String ownersText;
    private Boolean developmentDependency;
    private Boolean requireLicenseAcceptance;
    private License license;
    private String licenseUrl;
    private String icon;
    private String readme;
    private String projectUrl;
    private String iconUrl;
    private String description;
    private String summary;
    private String releaseNotes;
    private String copyright;
    private String language;
    private String tagsText;
    private Boolean serviceable;
    private List<PackageType> packageTypes = List.of();
    private Repository repository;
    private Dependencies dependencies = Dependencies.NONE;
    private References references = References.NONE;
    private List<FrameworkReferenceGroup> frameworkReferences = List.of();
    private List<FrameworkAssembly> frameworkAssemblies = List.of();
    private List<ContentFilesEntry> contentFiles = List.of();

    NuspecMetadataBuilder() {}

    NuspecMetadataBuilder(NuspecMetadata from) {
        this.id = from.id();
        this.versionText = from.versionText();
        this.minClientVersion = from.minClientVersion();
        this.title = from.title();
        this.authorsText = from.authorsText();
        this.ownersText = from.ownersText();
        this.developmentDependency = from.developmentDependency();
        this.requireLicenseAcceptance = from.requireLicenseAcceptance();
        this.license = from.license();
        this.licenseUrl = from.licenseUrl();
        this.icon = from.icon();
        this.readme = from.readme();
        this.projectUrl = from.projectUrl();
        this.iconUrl = from.iconUrl();
        this.description = from.description();
        this.summary = from.summary();
        this.releaseNotes = from.releaseNotes();
        this.copyright = from.copyright();
        this.language = from.language();
        this.tagsText = from.tagsText();
        this.serviceable = from.serviceable();
        this.packageTypes = from.packageTypes();
        this.repository = from.repository();
        this.dependencies = from.dependencies();
        this.references = from.references();
        this.frameworkReferences = from.frameworkReferences();
        this.frameworkAssemblies = from.frameworkAssemblies();
        this.contentFiles = from.contentFiles();
    }

    public NuspecMetadataBuilder id(String value) {
        this.id = value;
        return this;
    }

    public NuspecMetadataBuilder versionText(String value) {
        this.versionText = value;
        return this;
    }

    public NuspecMetadataBuilder minClientVersion(String value) {
        this.minClientVersion = value;
        return this;
    }

    public NuspecMetadataBuilder title(String value) {
        this.title = value;
        return this;
    }

    public NuspecMetadataBuilder authorsText(String value) {
        this.authorsText = value;
        return this;
    }

    public NuspecMetadataBuilder ownersText(String value) {
        this.ownersText = value;
        return this;
    }

    public NuspecMetadataBuilder developmentDependency(Boolean value) {
        this.developmentDependency = value;
        return this;
    }

    public NuspecMetadataBuilder requireLicenseAcceptance(Boolean value) {
        this.requireLicenseAcceptance = value;
        return this;
    }

    public NuspecMetadataBuilder license(License value) {
        this.license = value;
        return this;
    }

    public NuspecMetadataBuilder licenseUrl(String value) {
        this.licenseUrl = value;
        return this;
    }

    public NuspecMetadataBuilder icon(String value) {
        this.icon = value;
        return this;
    }

    public NuspecMetadataBuilder readme(String value) {
        this.readme = value;
        return this;
    }

    public NuspecMetadataBuilder projectUrl(String value) {
        this.projectUrl = value;
        return this;
    }

    public NuspecMetadataBuilder iconUrl(String value) {
        this.iconUrl = value;
        return this;
    }

    public NuspecMetadataBuilder description(String value) {
        this.description = value;
        return this;
    }

    public NuspecMetadataBuilder summary(String value) {
        this.summary = value;
        return this;
    }

    public NuspecMetadataBuilder releaseNotes(String value) {
        this.releaseNotes = value;
        return this;
    }

    public NuspecMetadataBuilder copyright(String value) {
        this.copyright = value;
        return this;
    }

    public NuspecMetadataBuilder language(String value) {
        this.language = value;
        return this;
    }

    public NuspecMetadataBuilder tagsText(String value) {
        this.tagsText = value;
        return this;
    }

    public NuspecMetadataBuilder serviceable(Boolean value) {
        this.serviceable = value;
        return this;
    }

    public NuspecMetadataBuilder packageTypes(List<PackageType> value) {
        this.packageTypes = value;
        return this;
    }

    public NuspecMetadataBuilder repository(Repository value) {
        this.repository = value;
        return this;
    }

    public NuspecMetadataBuilder dependencies(Dependencies value) {
        this.dependencies = value;
        return this;
    }

    public NuspecMetadataBuilder references(References value) {
        this.references = value;
        return this;
    }

    public NuspecMetadataBuilder frameworkReferences(List<FrameworkReferenceGroup> value) {
        this.frameworkReferences = value;
        return this;
    }

    public NuspecMetadataBuilder frameworkAssemblies(List<FrameworkAssembly> value) {
        this.frameworkAssemblies = value;
        return this;
    }

    public NuspecMetadataBuilder contentFiles(List<ContentFilesEntry> value) {
        this.contentFiles = value;
        return this;
    }

    public NuspecMetadata build() {
        return new NuspecMetadata(
                id,
                versionText,
                minClientVersion,
                title,
                authorsText,
                ownersText,
                developmentDependency,
                requireLicenseAcceptance,
                license,
                licenseUrl,
                icon,
                readme,
                projectUrl,
                iconUrl,
                description,
                summary,
                releaseNotes,
                copyright,
                language,
                tagsText,
                serviceable,
                packageTypes,
                repository,
                dependencies,
                references,
                frameworkReferences,
                frameworkAssemblies,
                contentFiles);
    }
}
