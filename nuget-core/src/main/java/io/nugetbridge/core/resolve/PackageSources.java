package io.nugetbridge.core.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * The sources of one restore.
 *
 * @param localFolders the global packages folder, then the fallback folders: looked at first, and when one
 *                     has the exact version a range starts at, no remote source is asked (NuGet's rule, which
 *                     makes a warm restore free of network requests)
 * @param remote       the configured sources in nuget.config order; the order never changes which version is
 *                     chosen, only which source provides a version several sources have (the first)
 * @param mapping      package source mapping over {@code remote}
 */
public record PackageSources(List<PackageSource> localFolders, List<PackageSource> remote, SourceMapping mapping) {

    public PackageSources {
        localFolders = List.copyOf(localFolders);
        remote = List.copyOf(remote);
    }

    /** Remote sources only, without mapping. */
    public static PackageSources remote(PackageSource... sources) {
        return new PackageSources(List.of(), List.of(sources), SourceMapping.NONE);
    }

    /** The remote sources mapping lets provide {@code id}, in configured order. */
    public List<PackageSource> remoteFor(String id) {
        List<PackageSource> allowed = new ArrayList<>();
        for (PackageSource source : remote) {
            if (mapping.allows(source.name(), id)) {
                allowed.add(source);
            }
        }
        return allowed;
    }
}
