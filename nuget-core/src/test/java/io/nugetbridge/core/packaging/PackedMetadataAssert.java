package io.nugetbridge.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.spec.Dependency;
import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.spec.FrameworkAssembly;
import io.nugetbridge.core.spec.FrameworkReferenceGroup;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.spec.ReferenceGroup;
import java.util.List;

/**
 * Asserts that the nuspec read back from a package we wrote says what the authoring nuspec said, in
 * the form pack writes: same values, the version normalized, ranges and frameworks compared by meaning
 * (pack respells them, {@code net462} as {@code .NETFramework4.6.2}), {@code licenseUrl} derived from
 * {@code <license>}, and no {@code <files>}.
 */
final class PackedMetadataAssert {

    private PackedMetadataAssert() {}

    static void assertPackedFrom(NuspecMetadata authored, NuspecMetadata packed) {
        assertThat(packed.id()).isEqualTo(authored.id());
        assertThat(packed.version()).isEqualTo(authored.version());
        assertThat(packed.versionText()).isEqualTo(authored.version().toFullString());
        assertThat(packed.minClientVersion()).isEqualTo(authored.minClientVersion());
        assertThat(packed.title()).isEqualTo(authored.title());
        assertThat(packed.authors()).isEqualTo(authored.authors());
        assertThat(packed.owners()).isEqualTo(authored.owners());
        assertThat(packed.developmentDependency()).isEqualTo(authored.developmentDependency());
        assertThat(packed.requireLicenseAcceptance()).isEqualTo(Boolean.TRUE.equals(authored.requireLicenseAcceptance()));
        assertThat(packed.license()).isEqualTo(authored.license());
        assertThat(packed.licenseUrl()).isEqualTo(authored.license() == null ? authored.licenseUrl()
                : PackedNuspec.licenseUrl(authored.license()));
        assertThat(packed.icon()).isEqualTo(authored.icon());
        assertThat(packed.readme()).isEqualTo(authored.readme());
        assertThat(packed.projectUrl()).isEqualTo(authored.projectUrl());
        assertThat(packed.iconUrl()).isEqualTo(authored.iconUrl());
        assertThat(packed.description()).isEqualTo(authored.description());
        assertThat(packed.summary()).isEqualTo(authored.summary());
        assertThat(packed.releaseNotes()).isEqualTo(authored.releaseNotes());
        assertThat(packed.copyright()).isEqualTo(authored.copyright());
        assertThat(packed.language()).isEqualTo(authored.language());
        assertThat(packed.tags()).isEqualTo(authored.tags());
        assertThat(packed.serviceable()).isEqualTo(authored.serviceable());
        assertThat(packed.packageTypes()).isEqualTo(authored.packageTypes());
        assertThat(packed.repository()).isEqualTo(authored.repository());
        assertThat(packed.contentFiles()).isEqualTo(authored.contentFiles());
        assertThat(packed.dependencies().grouped()).isEqualTo(authored.dependencies().grouped());
        assertGroups(packed.dependencies().asGroups(), authored.dependencies().asGroups());
        assertThat(packed.references().grouped()).isEqualTo(authored.references().grouped());
        List<ReferenceGroup> packedReferences = packed.references().asGroups();
        List<ReferenceGroup> authoredReferences = authored.references().asGroups();
        assertThat(packedReferences).hasSameSizeAs(authoredReferences);
        for (int i = 0; i < packedReferences.size(); i++) {
            assertThat(framework(packedReferences.get(i).targetFramework()))
                    .isEqualTo(framework(authoredReferences.get(i).targetFramework()));
            assertThat(packedReferences.get(i).files()).isEqualTo(authoredReferences.get(i).files());
        }
        assertThat(packed.frameworkAssemblies()).hasSameSizeAs(authored.frameworkAssemblies());
        for (int i = 0; i < packed.frameworkAssemblies().size(); i++) {
            FrameworkAssembly p = packed.frameworkAssemblies().get(i);
            FrameworkAssembly a = authored.frameworkAssemblies().get(i);
            assertThat(p.assemblyName()).isEqualTo(a.assemblyName());
            assertThat(p.targetFrameworks().stream().map(NuGetFramework::parse).toList())
                    .isEqualTo(a.targetFrameworks().stream().map(NuGetFramework::parse).toList());
        }
        assertThat(packed.frameworkReferences()).hasSameSizeAs(authored.frameworkReferences());
        for (int i = 0; i < packed.frameworkReferences().size(); i++) {
            FrameworkReferenceGroup p = packed.frameworkReferences().get(i);
            FrameworkReferenceGroup a = authored.frameworkReferences().get(i);
            assertThat(framework(p.targetFramework())).isEqualTo(framework(a.targetFramework()));
            assertThat(p.names()).isEqualTo(a.names());
        }
    }

    private static void assertGroups(List<DependencyGroup> packed, List<DependencyGroup> authored) {
        assertThat(packed).hasSameSizeAs(authored);
        for (int i = 0; i < packed.size(); i++) {
            assertThat(framework(packed.get(i).targetFramework())).isEqualTo(framework(authored.get(i).targetFramework()));
            List<Dependency> p = packed.get(i).dependencies();
            List<Dependency> a = authored.get(i).dependencies();
            assertThat(p).extracting(Dependency::id).isEqualTo(a.stream().map(Dependency::id).toList());
            assertThat(p).extracting(Dependency::range).isEqualTo(a.stream().map(Dependency::range).toList());
            assertThat(p).extracting(Dependency::include).isEqualTo(a.stream().map(Dependency::include).toList());
            assertThat(p).extracting(Dependency::exclude).isEqualTo(a.stream().map(Dependency::exclude).toList());
        }
    }

    private static NuGetFramework framework(String text) {
        return text == null || text.isBlank() ? NuGetFramework.ANY : NuGetFramework.parse(text);
    }
}
