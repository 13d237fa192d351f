package io.nugetbridge.core.feed;

import io.nugetbridge.core.packaging.PackageException;
import io.nugetbridge.core.packaging.PackageReader;
import io.nugetbridge.core.spec.NuspecException;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.version.NuGetVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A local folder used as a source, in either layout NuGet knows (section 8 of nuget-reference.md):
 * flat ({@code *.nupkg} in the root or one folder down, what {@code nuget push} to a folder copies)
 * or hierarchical ({@code <lowerid>/<lowerversion>/} with the .nupkg, its .sha512 and the nuspec, what
 * {@code nuget add} and {@code dotnet nuget push} write). Any .nupkg in the root or one level down
 * makes the folder flat, as in NuGet.
 */
public final class LocalFolderFeed implements Feed {

    /** Which of NuGet's two folder layouts a folder uses. */
    public enum Layout { FLAT, HIERARCHICAL }

    private final Path root;
    private final Map<String, List<Located>> versionLists = new ConcurrentHashMap<>();

    private record Located(FeedPackage listing, Path nupkg) {}

    public LocalFolderFeed(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String source() {
        return root.toString();
    }

    /** NuGet's rule: flat when a .nupkg sits in the root or one folder down, else hierarchical. */
    public Layout layout() {
        if (!Files.isDirectory(root)) {
            return Layout.HIERARCHICAL;
        }
        try (Stream<Path> walk = Files.walk(root, 2)) {
            return walk.anyMatch(LocalFolderFeed::isNupkg) ? Layout.FLAT : Layout.HIERARCHICAL;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the folder source " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<FeedPackage> versions(String id) {
        return located(id).stream().map(Located::listing).toList();
    }

    @Override
    public Optional<byte[]> nuspec(String id, NuGetVersion version) {
        return locate(id, version).map(found -> {
            try (PackageReader reader = PackageReader.open(found.nupkg()); InputStream in = reader.openNuspec()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + found.nupkg() + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public boolean download(String id, NuGetVersion version, Path target) {
        Optional<Located> found = locate(id, version);
        if (found.isEmpty()) {
            return false;
        }
        try {
            Path temp = target.resolveSibling(target.getFileName() + ".partial");
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(found.get().nupkg(), temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + found.get().nupkg() + " to " + target + ": "
                    + e.getMessage(), e);
        }
    }

    /** The .nupkg file of a version in this folder, if present. */
    public Optional<Path> packageFile(String id, NuGetVersion version) {
        return locate(id, version).map(Located::nupkg);
    }

    private Optional<Located> locate(String id, NuGetVersion version) {
        return located(id).stream().filter(l -> l.listing().version().equals(version)).findFirst();
    }

    private List<Located> located(String id) {
        FeedUris.requireValidId(id, root.toString());
        if (!Files.isDirectory(root)) {
            // NuGet's words (LocalV3FindPackageByIdResource: NU1301, "The local source ... doesn't exist"), not
            // "no packages exist with this id".
            throw new FeedException("The local source '" + root + "' doesn't exist" + (Files.exists(root)
                    ? " as a folder (it is a file)" : "") + "; create it, or fix the source's path in nuget.config or"
                    + " the POM");
        }
        return versionLists.computeIfAbsent(id.toLowerCase(Locale.ROOT), lowerId -> {
            List<Located> found = layout() == Layout.FLAT ? scanFlat(lowerId) : scanHierarchical(lowerId);
            return found.stream().sorted(Comparator.comparing(l -> l.listing().version())).toList();
        });
    }

    /** {@code <id>.<version>.nupkg} in the root or in {@code <id>/}; the nuspec inside decides, not the file name. */
    private List<Located> scanFlat(String lowerId) {
        List<Located> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, 2)) {
            for (Path file : walk.filter(LocalFolderFeed::isNupkg).toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.startsWith(lowerId + ".")) {
                    identify(file).filter(l -> l.listing().id().equalsIgnoreCase(lowerId)).ifPresent(found::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the folder source " + root + ": " + e.getMessage(), e);
        }
        return found;
    }

    /** {@code <lowerid>/<version>/} counts only with its .nupkg, .nupkg.sha512 and nuspec all present. */
    private List<Located> scanHierarchical(String lowerId) {
        Path idFolder = root.resolve(lowerId);
        List<Located> found = new ArrayList<>();
        if (!Files.isDirectory(idFolder)) {
            return found;
        }
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(idFolder, Files::isDirectory)) {
            for (Path versionFolder : versions) {
                String versionText = versionFolder.getFileName().toString();
                Path nupkg = versionFolder.resolve(lowerId + "." + versionText + ".nupkg");
                boolean complete = Files.isRegularFile(nupkg)
                        && Files.isRegularFile(versionFolder.resolve(lowerId + "." + versionText + ".nupkg.sha512"))
                        && Files.isRegularFile(versionFolder.resolve(lowerId + ".nuspec"));
                if (complete) {
                    identify(nupkg).ifPresent(found::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + idFolder + ": " + e.getMessage(), e);
        }
        return found;
    }

    /** Reads id and version from the package itself; an unreadable file is skipped, as NuGet does with a warning. */
    private Optional<Located> identify(Path nupkg) {
        try (PackageReader reader = PackageReader.open(nupkg)) {
            NuspecMetadata metadata = reader.nuspec().metadata();
            Optional<NuGetVersion> version = metadata.tryVersion();
            if (metadata.id() == null || version.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Located(new FeedPackage(metadata.id(), version.get(), metadata.versionText(), true,
                    Optional.of(nupkg.toUri()), Optional.empty()), nupkg));
        } catch (PackageException | NuspecException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static boolean isNupkg(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".nupkg") && !name.endsWith(".symbols.nupkg") && Files.isRegularFile(path);
    }
}
