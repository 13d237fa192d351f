package io.nugetbridge.core.publish;

import io.nugetbridge.core.version.NuGetVersion;
import java.nio.file.Path;

/** Puts packages on one source and takes them off: a V3 or V2 feed over HTTP, or a folder. */
public interface PackagePublisher {

    /** The source, as configured, for messages. */
    String source();

    /**
     * Pushes a package, and its {@code .snupkg} beside it when asked and the source takes symbols.
     *
     * @throws PushException when the source refused it, with what to do
     */
    PushResult push(Path nupkg, PushOptions options);

    /**
     * Deletes (on nuget.org: unlists) one version. False when the source does not have it.
     *
     * @throws PushException when the source refused, or cannot delete at all
     */
    boolean delete(String id, NuGetVersion version);
}
