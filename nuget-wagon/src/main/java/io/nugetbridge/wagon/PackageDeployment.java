package io.nugetbridge.wagon;

import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.core.publish.PackageFile;
import io.nugetbridge.core.publish.PushException;
import io.nugetbridge.core.publish.PushProgress;
import io.nugetbridge.core.publish.PushResult;
import io.nugetbridge.core.version.NuGetVersion;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.wagon.TransferFailedException;

/**
 * What {@code mvn deploy} puts to a NuGet repository becomes: the {@code .nupkg} is pushed, with the publisher
 * {@code nuget:push} uses; the POM, checksums and {@code maven-metadata.xml} Maven sends around it are accepted
 * and dropped, since the feed makes its own. Maven sends them in an order that depends on its version and the
 * deploy plugin's (2.7 under Maven 3.8.7, 3.x later; Resolver's {@code BasicRepositoryConnector} puts in
 * parallel), so nothing here depends on the order.
 *
 * <p>SNAPSHOT versions are refused before anything is pushed: a NuGet feed keeps a version for good (a second
 * push of it is a 409), so a snapshot that changes under one version has no place there.
 */
final class PackageDeployment {

    private final FeedConnection connection;
    private final NuGetLog log;

    PackageDeployment(FeedConnection connection, NuGetLog log) {
        this.connection = connection;
        this.log = log;
    }

    void put(String destination, Path source, PushProgress progress) throws TransferFailedException {
        FeedLocation location = connection.location();
        RepositoryPath path = RepositoryPath.parse(destination);
        if (isSnapshot(destination)) {
            throw WagonFailures.deploy(destination + " is a SNAPSHOT. NuGet feeds keep every version for good, so"
                    + " SNAPSHOTs are not deployed to them: give the project a release version, or a prerelease one"
                    + " such as 1.2.0-beta.1 (NuGet orders it before 1.2.0).", location, null);
        }
        if (path instanceof RepositoryPath.ArtifactFile file && file.checksum().isEmpty()
                && file.extension().toLowerCase(Locale.ROOT).equals("nupkg")) {
            push(file, source, progress);
        } else if (path instanceof RepositoryPath.Unmapped && !destination.replaceFirst("^/", "")
                .startsWith(RepositoryPath.GROUP_ID + "/")) {
            throw WagonFailures.deploy(destination + " is not a NuGet package. Only artifacts with groupId "
                    + RepositoryPath.GROUP_ID + " and type nupkg can be deployed to a NuGet feed; deploy other"
                    + " artifacts to a Maven repository.", location, null);
        } else if (isMavenBookkeeping(path)) {
            log.debug(() -> "Not sent to the NuGet feed (it makes its own): " + destination);
        } else {
            // Attachments of a NuGet project (signatures, classifiers, .snupkg): the feed has no place for them.
            log.warn("Not deployed to the NuGet repository '" + location.repositoryId() + "': " + destination
                    + " (a NuGet feed takes .nupkg files only; push symbol packages with nuget:push)");
        }
    }

    private void push(RepositoryPath.ArtifactFile file, Path source, PushProgress progress)
            throws TransferFailedException {
        FeedLocation location = connection.location();
        try {
            requireSameCoordinates(file, PackageFile.read(source));
            PushResult result = connection.publisher().get()
                    .push(source, connection.settings().pushOptions().withProgress(progress));
            if (result.outcome() == PushResult.Outcome.ALREADY_EXISTS) {
                log.warn(result.file() + " is already on " + location.display() + "; skipped (skipDuplicate)");
            } else {
                log.info("Pushed " + result.file() + " to " + location.display());
            }
        } catch (PushException e) {
            throw WagonFailures.deploy(e.getMessage(), location, e);
        } catch (RuntimeException e) {
            throw WagonFailures.deploy("Could not push " + source.getFileName() + ": " + e.getMessage(), location, e);
        }
    }

    /** The feed files a package under the nuspec's id and version, so Maven's coordinates must name the same. */
    private static void requireSameCoordinates(RepositoryPath.ArtifactFile file, PackageFile nupkg) {
        Optional<NuGetVersion> version = NuGetVersion.tryParse(file.version());
        if (!nupkg.id().equalsIgnoreCase(file.id()) || version.isEmpty() || !version.get().equals(nupkg.version())) {
            throw new PushException("The package " + nupkg.path().getFileName() + " is " + nupkg + " by its nuspec, but"
                    + " it is deployed as nuget:" + file.id() + ":" + file.version() + ". The feed would file it as "
                    + nupkg + ": make the project's artifactId and version match the nuspec's id and version (nuget:pack"
                    + " takes them from the POM unless told otherwise).");
        }
    }

    /** A version folder {@code nuget/<Id>/<x>-SNAPSHOT/...}; Maven names the files in it with timestamps. */
    private static boolean isSnapshot(String destination) {
        String[] parts = (destination.startsWith("/") ? destination.substring(1) : destination).split("/");
        return parts.length >= 4 && parts[0].equals(RepositoryPath.GROUP_ID) && parts[2].endsWith("-SNAPSHOT");
    }

    private static boolean isMavenBookkeeping(RepositoryPath path) {
        if (path instanceof RepositoryPath.ArtifactFile file) {
            return file.checksum().isPresent() || file.extension().equalsIgnoreCase("pom");
        }
        return path instanceof RepositoryPath.VersionsMetadata || path instanceof RepositoryPath.Prefixes;
    }
}
