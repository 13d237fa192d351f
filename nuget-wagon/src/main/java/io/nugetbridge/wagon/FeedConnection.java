package io.nugetbridge.wagon;

import io.nugetbridge.core.cache.GlobalPackagesFolder;
import io.nugetbridge.core.publish.PackagePublisher;
import io.nugetbridge.core.repository.MavenRepositoryView;
import java.util.function.Supplier;

/**
 * One NuGet repository as a wagon talks to it, once resolved: where it is, its knobs, the feed seen as a
 * Maven repository (shared by every wagon of the run), and where deployed packages are pushed.
 *
 * @param packages  the global packages folder the view installs packages into
 * @param publisher opened when a package is deployed, since it may need the service index
 */
record FeedConnection(FeedLocation location, WagonSettings settings, MavenRepositoryView view,
        GlobalPackagesFolder packages, Supplier<PackagePublisher> publisher) {}
