package io.nugetbridge.core.cache;

import io.nugetbridge.core.feed.Feed;
import io.nugetbridge.core.feed.FeedPackage;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.testing.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** What the cache tests share: pinned facts about corpus packages, hand-made packages, listings, feeds. */
final class CacheFixtures {

    /** {@code openssl dgst -sha512 -binary Polly.4.3.0.nupkg | base64 -w0}, run once and pinned. */
    static final String POLLY_SHA512 =
            "ajJQpB73dVGx04jWtBhWuFIsgVnr3hi+QqwO+nj+2gEJPQk6LmKNfAFscemtplJ5L/IqjTkFXbvtieo6YUooSw==";

    /** The same for the (repository-signed) System.Runtime.CompilerServices.Unsafe 6.0.0. */
    static final String UNSAFE_SHA512 =
            "8r1xNl0CUy637iPFW+Euw73tKvHWHmAjZRWqJiRvC9PGVodeUw6yyd/6G4NiRN3m0hIn5eyvFM4BhmzlpP1mIw==";

    /**
     * The content hash dotnet itself recorded for that package ("Installed System.Runtime.CompilerServices.Unsafe
     * 6.0.0 from https://api.nuget.org/v3/index.json with content hash ..." in a public restore log, and the same
     * value in public packages.lock.json files): the hash without the signature.
     */
    static final String UNSAFE_CONTENT_HASH =
            "/iUeP3tq1S0XdNNoMz5C9twLSrM/TH+qElHkXWaPvuNOt+99G75NrV0OS2EqHx5wMN7popYjpc8oTjC1y16DLg==";

    /** Likewise for Microsoft.Bcl.AsyncInterfaces 8.0.0, from another public restore log. */
    static final String ASYNC_INTERFACES_CONTENT_HASH =
            "3WA9q9yVqJp222P3x1wYIGDAkpjAku0TMUaaQV22g6L67AI0LdOIrVS7Ht2vJfLHGSPVuqN94vIr15qn+HEkHw==";

    static final NuGetVersion V430 = NuGetVersion.parse("4.3.0");
    static final NuGetVersion V600 = NuGetVersion.parse("6.0.0");

    private CacheFixtures() {}

    static Path polly() {
        return Fixtures.path("nupkg/Polly.4.3.0.nupkg");
    }

    static Path unsafe() {
        return Fixtures.path("nupkg/System.Runtime.CompilerServices.Unsafe.6.0.0.nupkg");
    }

    /** Every file below {@code folder}, as sorted relative paths with forward slashes. */
    static List<String> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry (files and folders) directly in {@code folder}, sorted by name. */
    static List<String> names(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small package written by hand: a nuspec for {@code id}/{@code version} plus the given entries, as stored. */
    static Path writePackage(Path file, String id, String version, Map<String, String> entries) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, id + ".nuspec", "<?xml version=\"1.0\"?><package xmlns=\"http://schemas.microsoft.com/packaging/"
                        + "2013/05/nuspec.xsd\"><metadata><id>" + id + "</id><version>" + version + "</version>"
                        + "<authors>test</authors><description>test</description></metadata></package>");
                for (Map.Entry<String, String> entry : entries.entrySet()) {
                    put(zip, entry.getKey(), entry.getValue());
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A feed that must not be asked anything: the package is expected to be found locally. */
    static Feed unreachableFeed() {
        return alwaysServing(null);
    }

    /** A feed answering every download with a copy of {@code file}, whatever was asked; null: fail the test. */
    static Feed alwaysServing(Path file) {
        return alwaysServing(file, "https://unreachable.invalid/v3/index.json");
    }

    /** As {@link #alwaysServing(Path)}, calling itself {@code source}. */
    static Feed alwaysServing(Path file, String source) {
        return new Feed() {
            @Override
            public String source() {
                return source;
            }

            @Override
            public List<FeedPackage> versions(String id) {
                throw new AssertionError("the feed was asked for versions of " + id);
            }

            @Override
            public Optional<byte[]> nuspec(String id, NuGetVersion version) {
                throw new AssertionError("the feed was asked for the nuspec of " + id);
            }

            @Override
            public boolean download(String id, NuGetVersion version, Path target) {
                if (file == null) {
                    throw new AssertionError("the feed was asked to download " + id + " " + version);
                }
                try {
                    Files.copy(file, target);
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Wraps a feed, counting downloads (and how many ran at once), pausing in each so concurrent callers overlap. */
    static final class CountingFeed implements Feed {
        private final Feed inner;
        private final long pauseMillis;
        final AtomicInteger downloads = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        private final AtomicInteger inFlight = new AtomicInteger();

        CountingFeed(Feed inner, long pauseMillis) {
            this.inner = inner;
            this.pauseMillis = pauseMillis;
        }

        @Override
        public String source() {
            return inner.source();
        }

        @Override
        public List<FeedPackage> versions(String id) {
            return inner.versions(id);
        }

        @Override
        public Optional<byte[]> nuspec(String id, NuGetVersion version) {
            return inner.nuspec(id, version);
        }

        @Override
        public boolean download(String id, NuGetVersion version, Path target) {
            downloads.incrementAndGet();
            mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(pauseMillis);
                return inner.download(id, version, target);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }
}
