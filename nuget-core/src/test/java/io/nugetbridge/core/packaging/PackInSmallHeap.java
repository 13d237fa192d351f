package io.nugetbridge.core.packaging;

import java.nio.file.Path;
import java.time.Instant;

/** Packs one nuspec in a JVM of its own, for {@link LargePackageTest}, which starts it with a small heap. */
public final class PackInSmallHeap {

    private PackInSmallHeap() {}

    public static void main(String[] args) {
        PackResult result = new NuspecPacker(null).timestamp(Instant.parse("2026-11-22T00:00:00Z"))
                .pack(Path.of(args[0]), Path.of(args[1]));
        System.out.println("packed " + result.packageFile().file() + " with a heap of at most "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
    }
}
