package io.nugetbridge.wagon;

import io.nugetbridge.core.repository.MavenRepositoryView;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a NuGet repository answers to each path Maven asks for (see {@link RepositoryPath}): the package, its
 * POM, the versions' metadata, Resolver 2's prefixes file and the checksums of each; nothing for the rest.
 */
final class ResourceAnswers {

    /**
     * Resolver 2 (Maven 3.10, 4) reads this before asking a repository anything and then sends it only paths under
     * these prefixes, so Java artifacts are never looked for on the feed (remote repository filtering).
     */
    static final byte[] PREFIXES = ("## repository-prefixes/2.0\n/" + RepositoryPath.GROUP_ID + "\n")
            .getBytes(StandardCharsets.UTF_8);

    private final MavenRepositoryView view;

    ResourceAnswers(MavenRepositoryView view) {
        this.view = view;
    }

    /**
     * The content for a mapped path, or empty when the feed does not have it. Failures of the feed or the cache
     * are thrown as they come; the wagon maps them.
     */
    Optional<Content> answer(RepositoryPath path) {
        // Java 17 has no pattern switch: the record kinds are told apart one by one.
        if (path instanceof RepositoryPath.Prefixes prefixes) {
            return withChecksum(Optional.of(new Content.Bytes(PREFIXES)), prefixes.checksum());
        }
        if (path instanceof RepositoryPath.VersionsMetadata metadata) {
            return withChecksum(view.metadata(metadata.id()).map(Content.Bytes::new), metadata.checksum());
        }
        if (path instanceof RepositoryPath.ArtifactFile file) {
            return withChecksum(artifact(file), file.checksum());
        }
        return Optional.empty();
    }

    /** Whether {@link #answer} would find something, downloading no package. */
    boolean exists(RepositoryPath path) {
        if (path instanceof RepositoryPath.ArtifactFile file && isPackage(file)) {
            return view.hasPackage(file.id(), file.version());
        }
        return answer(path).isPresent();
    }

    private Optional<Content> artifact(RepositoryPath.ArtifactFile file) {
        if (isPackage(file)) {
            return view.nupkg(file.id(), file.version()).map(Content.File::new);
        }
        if (file.extension().equalsIgnoreCase("pom")) {
            return view.pom(file.id(), file.version()).map(Content.Bytes::new);
        }
        return Optional.empty();
    }

    private static boolean isPackage(RepositoryPath.ArtifactFile file) {
        return file.extension().toLowerCase(Locale.ROOT).equals("nupkg");
    }

    private static Optional<Content> withChecksum(Optional<Content> content, Optional<String> checksum) {
        return checksum.isEmpty() ? content : content.map(c -> c.checksum(checksum.get()));
    }
}
