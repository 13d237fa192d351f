package io.nugetbridge.core.resolve;

import io.nugetbridge.core.spec.DependencyGroup;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.List;
import java.util.Optional;

/**
 * What resolution reads from one package's nuspec.
 *
 * @param id               the id as the nuspec spells it (what the lock file and folder names use)
 * @param version          the version as the nuspec spells it (prerelease labels keep their case)
 * @param dependencyGroups the dependency groups; a flat list is one group without a framework
 */
public record PackageInfo(String id, NuGetVersion version, List<DependencyGroup> dependencyGroups) {

    public PackageInfo {
        dependencyGroups = List.copyOf(dependencyGroups);
    }

    /**
     * The package's identity as its own nuspec spells it, whatever the spelling it was asked by: NuGet's restore
     * records {@code reader.GetIdentity()} for every kind of source (NuGet.Protocol's
     * {@code FindPackageByIdResource.GetDependencyInfo}, copied onto the match by
     * {@code ResolverUtility.CreateGraphItemAsync} "so that the correct casing is used"), not the reference's
     * spelling, a flat container's lower-cased version list or the global packages folder's lower-cased folder
     * names. Where the nuspec has no id, or a version that is not the one asked (a misconfigured feed), the asked
     * one stays.
     *
     * @param nuspec       the package's nuspec
     * @param askedId      the id as asked
     * @param askedVersion the version as asked
     */
    public static PackageInfo fromNuspec(NuspecMetadata nuspec, String askedId, NuGetVersion askedVersion) {
        String id = nuspec.id() == null || nuspec.id().isBlank() ? askedId : nuspec.id();
        Optional<NuGetVersion> spelled = nuspec.tryVersion();
        NuGetVersion version = spelled.isPresent() && spelled.get().equals(askedVersion) ? spelled.get() : askedVersion;
        return new PackageInfo(id, version, nuspec.dependencies().asGroups());
    }
}
