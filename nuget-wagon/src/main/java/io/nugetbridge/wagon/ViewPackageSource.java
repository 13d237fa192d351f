package io.nugetbridge.wagon;

import io.nugetbridge.core.repository.MavenRepositoryView;
import io.nugetbridge.core.resolve.PackageInfo;
import io.nugetbridge.core.resolve.PackageSource;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.spec.NuspecReader;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.List;
import java.util.Optional;

/**
 * A NuGet repository of the build as the resolver's source, read through the very view the wagon serves Maven
 * from: the version lists and nuspecs the mediation reads are the ones the POMs are then made from, fetched once.
 */
final class ViewPackageSource implements PackageSource {

    private final FeedConnection connection;

    ViewPackageSource(FeedConnection connection) {
        this.connection = connection;
    }

    /** The Maven repository id, which is what a user finds in the POM and settings.xml. */
    @Override
    public String name() {
        return connection.location().repositoryId();
    }

    @Override
    public boolean isHttp() {
        return !connection.location().isFolder();
    }

    @Override
    public List<NuGetVersion> versions(String id) {
        return connection.view().versions(id);
    }

    @Override
    public Optional<PackageInfo> packageInfo(String id, NuGetVersion version) {
        return connection.view().nuspec(id, version).map(bytes -> {
            NuspecMetadata metadata = NuspecReader.read(bytes, "the nuspec of " + id + " " + version.toNormalizedString()
                    + " from the repository '" + name() + "' (" + connection.location().display() + ")").metadata();
            String spelled = metadata.id() == null || metadata.id().isBlank() ? id : metadata.id();
            return new PackageInfo(spelled, version, metadata.dependencies().asGroups());
        });
    }

    @Override
    public String toString() {
        return name();
    }
}
