package io.nugetbridge.core.restore;

import io.nugetbridge.core.assets.PackageContents;
import io.nugetbridge.core.version.NuGetVersion;
import java.util.Collection;

/**
 * The entry paths of an installed package ({@code lib/net8.0/Foo.dll} ...), for asset selection. The restore
 * goal backs it with the global packages folder (or {@link io.nugetbridge.core.packaging.PackageReader#files()}).
 */
@FunctionalInterface
public interface PackageFiles {

    Collection<String> of(String id, NuGetVersion version);

    /** The package's files with what asset selection reads from its nuspec; by default the files alone. */
    default PackageContents contents(String id, NuGetVersion version) {
        return PackageContents.of(id, of(id, version));
    }
}
