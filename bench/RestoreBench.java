import io.nugetbridge.core.packaging.PackageBuilder;
import io.nugetbridge.core.spec.NuspecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The Java side of bench/restore.sh: generates the package graph and the project that restores it, the same
 * every time. 200 ids on 7 levels (depth 6), each depending on packages of the next levels (so many share
 * dependencies, at different depths); one id in five has three versions, and dependents ask for different
 * minimums of them (cousins, highest wins); groups for net8.0, netstandard2.0 and net48 with different
 * dependencies; a 24 KiB assembly per framework folder (random bytes, as compressed as a real one gets).
 *
 * <pre>RestoreBench &lt;packages folder&gt; &lt;project folder&gt;</pre>
 */
public final class RestoreBench {

    private static final int[] LEVELS = {10, 20, 30, 35, 35, 35, 35};
    private static final String[] FRAMEWORKS = {"net8.0", "netstandard2.0", "net48"};

    private RestoreBench() {}

    public static void main(String[] args) throws IOException {
        Path packages = Files.createDirectories(Path.of(args[0]));
        Path project = Files.createDirectories(Path.of(args[1]));
        Random random = new Random(20261202);
        int count = 0;
        for (int level = 0; level < LEVELS.length; level++) {
            for (int n = 0; n < LEVELS[level]; n++) {
                for (String version : versions(level, n)) {
                    write(packages, level, n, version, random);
                    count++;
                }
            }
        }
        StringBuilder references = new StringBuilder();
        for (int n = 0; n < LEVELS[0]; n++) {
            references.append("    <PackageReference Include=\"").append(id(0, n)).append("\" Version=\"1.0.0\" />\n");
        }
        Files.writeString(project.resolve("Bench.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
                + "  <PropertyGroup><TargetFrameworks>net8.0;netstandard2.0;net48</TargetFrameworks></PropertyGroup>\n"
                + "  <ItemGroup>\n" + references + "  </ItemGroup>\n</Project>\n");
        System.out.println("generated " + count + " package versions of 200 ids");
    }

    private static String id(int level, int n) {
        return String.format("Bench.L%d.P%02d", level, n);
    }

    /** One id in five (below the roots) has three versions. */
    private static List<String> versions(int level, int n) {
        return level > 0 && n % 5 == 0 ? List.of("1.0.0", "1.1.0", "1.2.0") : List.of("1.0.0");
    }

    private static void write(Path folder, int level, int n, String version, Random random) throws IOException {
        StringBuilder nuspec = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\"><metadata>\n")
                .append("<id>").append(id(level, n)).append("</id><version>").append(version).append("</version>\n")
                .append("<authors>bench</authors><description>Generated for bench/restore.sh</description>\n");
        if (level + 1 < LEVELS.length) {
            List<String> shared = dependencies(level, random);
            nuspec.append("<dependencies>\n");
            for (String framework : FRAMEWORKS) {
                List<String> chosen = switch (framework) {
                    case "net48" -> shared.subList(0, 2);
                    case "netstandard2.0" -> withOneMore(shared, level, random);
                    default -> shared;
                };
                nuspec.append("<group targetFramework=\"").append(framework).append("\">\n");
                chosen.forEach(d -> nuspec.append(d));
                nuspec.append("</group>\n");
            }
            nuspec.append("</dependencies>\n");
        }
        nuspec.append("</metadata></package>\n");
        PackageBuilder builder = PackageBuilder.of(NuspecReader.parse(nuspec.toString(), id(level, n) + ".nuspec"))
                .timestamp(Instant.parse("2026-12-02T00:00:00Z")).compressionThreads(1);
        for (String framework : FRAMEWORKS) {
            byte[] assembly = new byte[24 * 1024];
            random.nextBytes(assembly);
            builder.addFile("lib/" + framework + "/" + id(level, n) + ".dll", assembly);
        }
        builder.writeToFolder(folder);
    }

    /** Three packages of the next level and, below the last two levels, one two levels down; each id once. */
    private static List<String> dependencies(int level, Random random) {
        Map<String, String> chosen = new LinkedHashMap<>();
        while (chosen.size() < 3) {
            add(chosen, level + 1, random);
        }
        if (level + 2 < LEVELS.length) {
            add(chosen, level + 2, random);
        }
        return new ArrayList<>(chosen.values());
    }

    private static List<String> withOneMore(List<String> shared, int level, Random random) {
        Map<String, String> more = new LinkedHashMap<>();
        shared.forEach(d -> more.put(d.substring(0, d.indexOf("\" version")), d));
        int before = more.size();
        while (more.size() == before) {
            add(more, level + 1, random);
        }
        return new ArrayList<>(more.values());
    }

    /** A dependency on a package of {@code level}, at one of its lower versions as minimum (keyed like withOneMore). */
    private static void add(Map<String, String> chosen, int level, Random random) {
        int n = random.nextInt(LEVELS[level]);
        List<String> versions = versions(level, n);
        String minimum = versions.get(random.nextInt(versions.size() - (versions.size() > 1 ? 1 : 0)));
        String element = "<dependency id=\"" + id(level, n) + "\" version=\"" + minimum + "\" />\n";
        chosen.putIfAbsent(element.substring(0, element.indexOf("\" version")), element);
    }
}
