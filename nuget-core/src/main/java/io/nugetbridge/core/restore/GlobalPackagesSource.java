package io.nugetbridge.core.restore;

import io.nugetbridge.core.cache.GlobalPackagesFolder;
import io.nugetbridge.core.cache.InstalledPackage;
import io.nugetbridge.core.packaging.PackageReader;
import io.nugetbridge.core.resolve.PackageInfo;
import io.nugetbridge.core.resolve.PackageSource;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.spec.NuspecReader;
import io.nugetbridge.core.version.NuGetVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The global packages folder and its fallback folders as the resolver's local source: a version is there when
 * {@link GlobalPackagesFolder} counts it as installed ({@code .nupkg.metadata}, whoever wrote it), and its
 * dependencies come from the nuspec beside it. Never touches the network, so a restore whose versions are all
 * here asks no remote source.
 */
public final class GlobalPackagesSource implements PackageSource {

    private final GlobalPackagesFolder folder;
    private final BiPredicate<String, NuGetVersion> hidden;

    /** @param hidden packages not to see: those this restore itself is downloading into the folder */
    GlobalPackagesSource(GlobalPackagesFolder folder, BiPredicate<String, NuGetVersion> hidden) {
        this.folder = folder;
        this.hidden = hidden;
    }

    /** The folder as a source that sees every package installed there (for resolution outside a restore run). */
    public static GlobalPackagesSource of(GlobalPackagesFolder folder) {
        return new GlobalPackagesSource(folder, (id, version) -> false);
    }

    /** The folder's path: what NuGet records as the source of a package it found there. */
    @Override
    public String name() {
        return folder.root().toString();
    }

    @Override
    public List<NuGetVersion> versions(String id) {
        return folder.versions(id).stream().filter(version -> !hidden.test(id, version)).toList();
    }

    @Override
    public Optional<PackageInfo> packageInfo(String id, NuGetVersion version) {
        if (hidden.test(id, version)) {
            return Optional.empty();
        }
        return folder.find(id, version).map(installed -> infoOf(installed, id, version));
    }

    /**
     * What resolution reads from an installed package: the lower-cased nuspec NuGet writes beside it, or the one
     * inside the .nupkg when a tool left that out.
     *
     * @param askedId the id as asked, used when the nuspec spells none
     * @param version the version as asked
     */
    static PackageInfo infoOf(InstalledPackage installed, String askedId, NuGetVersion version) {
        NuspecMetadata metadata = NuspecReader.read(nuspecBytes(installed), "the nuspec of " + askedId + " "
                + version.toNormalizedString() + " in " + installed.folder()).metadata();
        return PackageInfo.fromNuspec(metadata, askedId, version);
    }

    private static byte[] nuspecBytes(InstalledPackage installed) {
        Path nuspec = installed.nuspec();
        try {
            if (Files.isRegularFile(nuspec)) {
                return Files.readAllBytes(nuspec);
            }
            try (PackageReader reader = PackageReader.open(installed.nupkg()); InputStream in = reader.openNuspec()) {
                return in.readNBytes(NuspecReader.MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the nuspec of " + installed.id() + " " + installed.version()
                    + " in " + installed.folder() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
