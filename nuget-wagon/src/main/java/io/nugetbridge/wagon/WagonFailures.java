package io.nugetbridge.wagon;

import io.nugetbridge.core.cache.PackageNotOnSourceException;
import io.nugetbridge.core.http.NuGetHttpException;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.apache.maven.wagon.ResourceDoesNotExistException;
import org.apache.maven.wagon.TransferFailedException;
import org.apache.maven.wagon.WagonException;
import org.apache.maven.wagon.authorization.AuthorizationException;

/**
 * Core's failures as the wagon exceptions Maven tells apart. Resolver's {@code WagonTransporter.classify}
 * counts only {@link ResourceDoesNotExistException} as "not found" (cached, and for checksums "try the
 * next"); everything else fails the artifact, so that is what a 401/403 or a broken feed must be.
 */
final class WagonFailures {

    private WagonFailures() {}

    /** A failure while answering {@code resource} from the repository. */
    static WagonException of(RuntimeException failure, FeedLocation location, String resource) {
        if (failure instanceof PackageNotOnSourceException) {
            return new ResourceDoesNotExistException(failure.getMessage(), failure);
        }
        OptionalInt status = failure instanceof NuGetHttpException http ? http.status() : OptionalInt.empty();
        if (status.isPresent() && (status.getAsInt() == 401 || status.getAsInt() == 403)) {
            return new AuthorizationException(failure.getMessage() + " " + credentialsAdvice(location, status.getAsInt()),
                    failure);
        }
        return new TransferFailedException("Could not get " + resource + " from the NuGet repository '"
                + location.repositoryId() + "' (" + location.display() + "): " + failure.getMessage(), failure);
    }

    /** Not there: Maven records the artifact as missing from this repository and goes on. */
    static ResourceDoesNotExistException notFound(FeedLocation location, String resource) {
        return new ResourceDoesNotExistException(resource + " is not in the NuGet repository '"
                + location.repositoryId() + "' (" + location.display() + ")");
    }

    /** A version of a package the repository does not have, with the versions it has (or that it has none). */
    static ResourceDoesNotExistException versionNotFound(FeedLocation location, String resource, String id,
            List<NuGetVersion> versions) {
        int shown = Math.min(versions.size(), 20);
        String have = versions.isEmpty() ? "it has no package " + id
                : "its versions of " + id + " are " + (shown < versions.size() ? "(the highest " + shown + " of "
                        + versions.size() + ") " : "") + versions.subList(versions.size() - shown, versions.size()).stream()
                        .map(NuGetVersion::toNormalizedString).collect(Collectors.joining(", "));
        return new ResourceDoesNotExistException(resource + " is not in the NuGet repository '" + location.repositoryId()
                + "' (" + location.display() + "); " + have);
    }

    /** A deploy that cannot go on; the message says what to change. */
    static TransferFailedException deploy(String message, FeedLocation location, Throwable cause) {
        return new TransferFailedException("Deploying to the NuGet repository '" + location.repositoryId() + "' ("
                + location.display() + "): " + message, cause);
    }

    private static String credentialsAdvice(FeedLocation location, int status) {
        String server = "<server><id>" + location.repositoryId() + "</id>";
        return status == 401
                ? "Maven gives the wagon the credentials of " + server + " in settings.xml: put the feed's user name"
                        + " and password or token there (encrypt it with mvn --encrypt-password)."
                : "The credentials of " + server + " in settings.xml were accepted but may not read this feed; ask"
                        + " its owner for access, or use another account's token.";
    }
}
