package io.nugetbridge.core.repository;

import io.nugetbridge.core.cache.CacheException;
import io.nugetbridge.core.cache.GlobalPackagesFolder;
import io.nugetbridge.core.cache.InstalledPackage;
import io.nugetbridge.core.feed.Feed;
import io.nugetbridge.core.feed.FeedPackage;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.spec.NuspecMetadata;
import io.nugetbridge.core.spec.NuspecReader;
import io.nugetbridge.core.version.NuGetVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One feed seen as a Maven repository, for the wagon: the {@code .nupkg}, the POM and the
 * {@code maven-metadata.xml} of a NuGet id, with the id and version as Maven wrote them. A version Maven
 * writes that is not a NuGet version, or an id the feed does not know, is simply absent.
 *
 * <p>Generated documents are kept for the life of the view, because Maven asks for a file and then, often
 * through another wagon instance, for its checksums: those must be computed over the very bytes it got
 * (the metadata carries a timestamp). Packages come from the global packages folder, so each is downloaded
 * at most once per machine. Thread-safe; share one per feed and run.
 */
public final class MavenRepositoryView {

    private final Feed feed;
    private final GlobalPackagesFolder packages;
    private final PomGenerator poms;
    private final MetadataGenerator metadata;
    private final Clock clock;
    private final Map<String, Optional<byte[]>> documents = new ConcurrentHashMap<>();
    private final Map<String, Optional<byte[]>> nuspecs = new ConcurrentHashMap<>();
    private final Map<String, String> spellings = new ConcurrentHashMap<>();

    /**
     * @param framework  whose dependency group the POMs list, each dependency at the lowest version on this feed
     *                   inside its range
     * @param mavenOrder Maven's version order (core does not know it), for the metadata
     */
    public MavenRepositoryView(Feed feed, GlobalPackagesFolder packages, NuGetFramework framework,
            Comparator<String> mavenOrder, Clock clock) {
        this.feed = feed;
        this.packages = packages;
        this.poms = new PomGenerator(framework, PomGenerator.lowestApplicable(this::versionsOnFeed),
                id -> spellings.getOrDefault(id.toLowerCase(Locale.ROOT), id));
        this.metadata = new MetadataGenerator(mavenOrder);
        this.clock = clock;
    }

    public Feed feed() {
        return feed;
    }

    /** The POM of one version, made from its nuspec; empty when the feed does not have that version. */
    public Optional<byte[]> pom(String id, String version) {
        return document("pom/" + id + "/" + version, () -> NuGetVersion.tryParse(version)
                .flatMap(parsed -> nuspec(id, parsed))
                .map(bytes -> {
                    NuspecMetadata nuspec = NuspecReader.read(bytes, "the nuspec of " + id + " " + version + " on "
                            + feed.source()).metadata();
                    return poms.generate(nuspec, id, version);
                }));
    }

    /**
     * The nuspec of one version, fetched once per view: NuGet's resolution in the build (the wagon's mediation)
     * reads it before Maven asks for the POM made from it.
     */
    public Optional<byte[]> nuspec(String id, NuGetVersion version) {
        String key = id.toLowerCase(Locale.ROOT) + "/" + version.toNormalizedString();
        Optional<byte[]> known = nuspecs.get(key);
        if (known != null) {
            return known;
        }
        Optional<byte[]> fetched = feed.nuspec(id, version);
        fetched.ifPresent(bytes -> nuspecs.putIfAbsent(key, fetched));
        return fetched;
    }

    /**
     * From now on, POMs made by this view name each of these packages by the given id (the package's own
     * spelling), whatever case the nuspec of a dependent writes it in.
     */
    public void useSpellings(Map<String, String> byLowerCaseId) {
        byLowerCaseId.forEach((lower, spelled) -> spellings.put(lower.toLowerCase(Locale.ROOT), spelled));
    }

    /** The versions of the id on the feed, lowest first; empty when the feed does not know the id. */
    public List<NuGetVersion> versions(String id) {
        return versionsOnFeed(id);
    }

    /** The versions of an id in Maven's order; empty when the feed does not know the id. */
    public Optional<byte[]> metadata(String id) {
        return document("metadata/" + id, () -> {
            List<NuGetVersion> versions = versionsOnFeed(id);
            return versions.isEmpty() ? Optional.empty()
                    : Optional.of(metadata.generate(id, versions, clock.instant()));
        });
    }

    /**
     * The {@code .nupkg} of one version in the global packages folder, downloaded first when it is not
     * there yet; empty when neither the folder nor the feed has it.
     *
     * @throws CacheException when the download is not the package or cannot be stored
     */
    public Optional<Path> nupkg(String id, String version) {
        Optional<NuGetVersion> parsed = NuGetVersion.tryParse(version);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Optional<InstalledPackage> installed = packages.find(id, parsed.get())
                .or(() -> feed.find(id, parsed.get()).map(listing -> packages.install(feed, listing)));
        return installed.map(MavenRepositoryView::requireNupkg);
    }

    /** Whether {@link #nupkg} would find the package, without downloading it. */
    public boolean hasPackage(String id, String version) {
        return NuGetVersion.tryParse(version)
                .map(parsed -> packages.find(id, parsed).isPresent() || feed.find(id, parsed).isPresent())
                .orElse(false);
    }

    private List<NuGetVersion> versionsOnFeed(String id) {
        return feed.versions(id).stream().map(FeedPackage::version).toList();
    }

    /**
     * A document made once: concurrent first requests may each make it, but all get the first one kept.
     * Failures and absences are not kept, so a later request tries again (the feed still keeps its version lists).
     */
    private Optional<byte[]> document(String key, Supplier<Optional<byte[]>> make) {
        Optional<byte[]> known = documents.get(key);
        if (known != null) {
            return known;
        }
        Optional<byte[]> made = make.get();
        if (made.isEmpty()) {
            return made;
        }
        Optional<byte[]> kept = documents.putIfAbsent(key, made);
        return kept != null ? kept : made;
    }

    private static Path requireNupkg(InstalledPackage installed) {
        Path nupkg = installed.nupkg();
        if (!Files.isRegularFile(nupkg)) {
            throw new CacheException(installed.id() + " " + installed.version().toNormalizedString() + " is in "
                    + installed.folder() + " without its .nupkg (a tool wrote it in a mode that keeps only the"
                    + " extracted files). Delete that folder so the package is downloaded again.");
        }
        return nupkg;
    }
}
