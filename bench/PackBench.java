import io.nugetbridge.core.packaging.NuspecPacker;
import io.nugetbridge.core.packaging.PackResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

/**
 * The Java side of bench/pack.sh: makes the payload, and packs it with nuget-core's NuspecPacker (the
 * engine of nuget:pack) without Maven around it.
 *
 * <pre>
 *   PackBench generate &lt;project folder&gt; &lt;files&gt; &lt;megabytes&gt;
 *   PackBench pack &lt;nuspec&gt; &lt;output folder&gt; [compression threads]
 * </pre>
 */
public final class PackBench {

    private static final String[] WORDS = ("assembly namespace public static void return class interface using system"
            + " collections generic threading tasks async await string int long bool var new null true false").split(" ");

    private PackBench() {}

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));
            case "pack" -> pack(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 0);
            default -> throw new IllegalArgumentException("generate or pack, not " + args[0]);
        }
    }

    /**
     * A payload like a build's output, the same for the same arguments: a third of the files random
     * bytes (as compressed resources are), a third source-like text, a third binary with repeats (as
     * assemblies and symbol files are), in 20 folders.
     */
    private static void generate(Path project, int files, long megabytes) throws IOException {
        long each = megabytes * 1024 * 1024 / files;
        Random random = new Random(20261122);
        byte[] buffer = new byte[(int) each];
        for (int i = 0; i < files; i++) {
            Path file = project.resolve(String.format("payload/folder%02d/file%04d.%s", i % 20, i, "bin,txt,dll".split(",")[i % 3]));
            Files.createDirectories(file.getParent());
            switch (i % 3) {
                case 0 -> random.nextBytes(buffer);
                case 1 -> text(buffer, random);
                default -> binary(buffer, random);
            }
            Files.write(file, buffer);
        }
        Files.writeString(project.resolve("Bench.Payload.nuspec"), """
                <?xml version="1.0" encoding="utf-8"?>
                <package>
                  <metadata>
                    <id>Bench.Payload</id><version>1.0.0</version><authors>bench</authors>
                    <description>Generated payload for bench/pack.sh.</description>
                  </metadata>
                  <files><file src="payload/**" target="content" /></files>
                </package>
                """, StandardCharsets.UTF_8);
    }

    private static void text(byte[] buffer, Random random) {
        int i = 0;
        while (i < buffer.length) {
            byte[] word = (WORDS[random.nextInt(WORDS.length)] + (random.nextInt(8) == 0 ? "\n" : " "))
                    .getBytes(StandardCharsets.US_ASCII);
            for (int j = 0; j < word.length && i < buffer.length; j++) {
                buffer[i++] = word[j];
            }
        }
    }

    private static void binary(byte[] buffer, Random random) {
        for (int i = 0; i < buffer.length; ) {
            int run = 1 + random.nextInt(64);
            byte value = random.nextInt(3) == 0 ? 0 : (byte) random.nextInt();
            for (int j = 0; j < run && i < buffer.length; j++) {
                buffer[i++] = random.nextInt(4) == 0 ? (byte) random.nextInt() : value;
            }
        }
    }

    private static void pack(Path nuspec, Path output, int threads) {
        long start = System.nanoTime();
        PackResult result = new NuspecPacker(null).timestamp(Instant.parse("2026-11-22T00:00:00Z"))
                .compressionThreads(threads).pack(nuspec, output);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.println("pack-ms " + millis + " files " + result.packageFile().files().size()
                + " peak-heap-mib " + peakHeap / (1024 * 1024));
    }
}
