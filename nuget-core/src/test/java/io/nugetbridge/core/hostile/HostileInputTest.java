package io.nugetbridge.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.nugetbridge.core.cache.CacheException;
import io.nugetbridge.core.cache.NupkgMetadata;
import io.nugetbridge.core.config.ConfigException;
import io.nugetbridge.core.config.ConfigLocations;
import io.nugetbridge.core.config.NuGetConfig;
import io.nugetbridge.core.lockfile.LockFileException;
import io.nugetbridge.core.lockfile.LockFileReader;
import io.nugetbridge.core.project.PackagesConfigReader;
import io.nugetbridge.core.project.ProjectFileReader;
import io.nugetbridge.core.spec.NuspecException;
import io.nugetbridge.core.spec.NuspecReader;
import io.nugetbridge.core.xml.XmlFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19's hostile-input suite: every reader of a file a user, a package or a feed hands us is fed generated
 * adversarial inputs (deep nesting, huge values, odd encodings, NUL bytes, invalid ids, entities) and must
 * either read it or fail with its own exception naming the file; never a StackOverflowError, an
 * OutOfMemoryError or a stray runtime exception, and never a file written beside the input.
 */
class HostileInputTest {

    record Reader(String fileName, Consumer<Path> read, List<Class<? extends RuntimeException>> clean) {}

    static final List<Reader> XML_READERS = List.of(
            new Reader("nuget.config", file -> NuGetConfig.load(ConfigLocations.onlyFile(file), Map.of("V", "x".repeat(100_000))),
                    List.of(ConfigException.class)),
            new Reader("p.nuspec", NuspecReader::read, List.of(NuspecException.class, UncheckedIOException.class)),
            new Reader("app.csproj", ProjectFileReader::read, List.of(XmlFileException.class, UncheckedIOException.class)),
            new Reader("packages.config", PackagesConfigReader::read, List.of(XmlFileException.class, UncheckedIOException.class)));

    static final List<Reader> JSON_READERS = List.of(
            new Reader("packages.lock.json", LockFileReader::read, List.of(LockFileException.class)),
            new Reader(".nupkg.metadata", NupkgMetadata::read, List.of(CacheException.class, UncheckedIOException.class)));

    static final String ROOTS = "configuration|package|Project|packages";

    /** Generated XML attacks; {@code ROOT} is replaced by each reader's root element. */
    static List<Map.Entry<String, byte[]>> xmlInputs() {
        List<Map.Entry<String, byte[]>> inputs = new ArrayList<>();
        inputs.add(Map.entry("nested 100,000 deep", utf8("<ROOT>" + HostileInputs.nested("a", 100_000) + "</ROOT>")));
        inputs.add(Map.entry("nested 101 deep", utf8("<ROOT>" + HostileInputs.nested("a", 100) + "</ROOT>")));
        inputs.add(Map.entry("a 20 MiB attribute", utf8("<ROOT><add key=\"k\" value=\"" + "v".repeat(20 << 20) + "\"/></ROOT>")));
        inputs.add(Map.entry("100,000 attributes", utf8("<ROOT " + attributes(100_000) + "/>")));
        inputs.add(Map.entry("%V% expanded 20,000 times", utf8("<ROOT><packageSources><add key=\"k\" value=\""
                + "%V%".repeat(20_000) + "\"/></packageSources><config><add key=\"k\" value=\"" + "%V%".repeat(20_000)
                + "\"/></config><metadata><id>A</id></metadata></ROOT>")));
        inputs.add(Map.entry("billion laughs", utf8("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><ROOT>&c;</ROOT>")));
        inputs.add(Map.entry("external entity", utf8("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><ROOT>&x;</ROOT>")));
        inputs.add(Map.entry("invalid UTF-8", concat(utf8("<ROOT><a>"), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, utf8("</a></ROOT>"))));
        inputs.add(Map.entry("UTF-16 declared as UTF-8", "<?xml version=\"1.0\" encoding=\"utf-8\"?><ROOT/>".getBytes(StandardCharsets.UTF_16LE)));
        inputs.add(Map.entry("UTF-32", "<ROOT/>".getBytes(java.nio.charset.Charset.forName("UTF-32"))));
        inputs.add(Map.entry("a lone BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        inputs.add(Map.entry("NUL bytes", utf8("<ROOT>\u0000\u0000</ROOT>")));
        inputs.add(Map.entry("unclosed", utf8("<ROOT><a>")));
        inputs.add(Map.entry("invalid ids", utf8("<ROOT><metadata><id>../../x</id><version>1.0.0</version><authors>a</authors>"
                + "<description>d</description><dependencies><dependency id=\"../../y\" version=\"1.0\"/></dependencies>"
                + "</metadata><package id=\"../../z\" version=\"1.0.0\"/><ItemGroup><PackageReference Include=\"../x\""
                + " Version=\"1.0.0\"/></ItemGroup><packageSources><add key=\"../x\" value=\"../../x\"/></packageSources></ROOT>")));
        inputs.add(Map.entry("huge version", utf8("<ROOT><package id=\"A\" version=\"" + "9".repeat(100_000) + "\"/></ROOT>")));
        return inputs;
    }

    static List<Map.Entry<String, byte[]>> jsonInputs() {
        return List.of(
                Map.entry("nested 100,000 deep", utf8("{\"version\":1,\"dependencies\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}")),
                Map.entry("nested objects 100,000 deep", utf8("{\"version\":2,\"dependencies\":" + "{\"a\":".repeat(100_000) + "1"
                        + "}".repeat(100_000) + "}")),
                Map.entry("a 20 MiB string", utf8("{\"version\":1,\"contentHash\":\"" + "a".repeat(20 << 20) + "\"}")),
                Map.entry("a 10,000-digit number", utf8("{\"version\":" + "9".repeat(10_000) + "}")),
                Map.entry("invalid UTF-8", concat(utf8("{\"version\":1,\"x\":\""), new byte[] {(byte) 0xFF, (byte) 0xFE}, utf8("\"}"))),
                Map.entry("NUL bytes", utf8("{\"version\":1,\u0000}")),
                Map.entry("wrong types", utf8("{\"version\":\"x\",\"dependencies\":[1,2,3],\"contentHash\":{}}")),
                Map.entry("invalid ids", utf8("{\"version\":1,\"dependencies\":{\"net8.0\":{\"../../x\":{\"type\":\"Direct\","
                        + "\"requested\":\"[1.0.0, )\",\"resolved\":\"1.0.0\"}}}}")),
                Map.entry("empty", new byte[0]));
    }

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyXmlReaderFailsCleanlyOnEveryGeneratedAttack() {
        return XML_READERS.stream().flatMap(reader -> xmlInputs().stream().map(input -> DynamicTest.dynamicTest(
                reader.fileName() + ": " + input.getKey(), () -> check(reader, input.getKey(), input.getValue()))));
    }

    @TestFactory
    Stream<DynamicTest> everyJsonReaderFailsCleanlyOnEveryGeneratedAttack() {
        return JSON_READERS.stream().flatMap(reader -> jsonInputs().stream().map(input -> DynamicTest.dynamicTest(
                reader.fileName() + ": " + input.getKey(), () -> check(reader, input.getKey(), input.getValue()))));
    }

    private void check(Reader reader, String attack, byte[] content) throws IOException {
        Path folder = Files.createTempDirectory(temp, "case");
        String root = switch (reader.fileName()) {
            case "nuget.config" -> "configuration";
            case "p.nuspec" -> "package";
            case "app.csproj" -> "Project";
            default -> "packages";
        };
        byte[] bytes = replaceRoot(content, root);
        Path file = Files.write(folder.resolve(reader.fileName()), bytes);
        try {
            reader.read().accept(file);
        } catch (RuntimeException e) {
            assertThat(reader.clean()).as(attack + ": " + e).anySatisfy(type -> assertThat(e).isInstanceOf(type));
            assertThat(e.getMessage()).as(attack).contains(reader.fileName());
        } catch (StackOverflowError | OutOfMemoryError e) {
            fail(attack + " ended with " + e);
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).as("nothing written beside the input").containsExactly(file);
        }
    }

    private static byte[] replaceRoot(byte[] content, String root) {
        // Only ASCII-compatible inputs carry the placeholder; the encoded ones are used as they are.
        String text = new String(content, StandardCharsets.ISO_8859_1);
        return text.contains("ROOT") ? text.replace("ROOT", root).getBytes(StandardCharsets.ISO_8859_1) : content;
    }

    private static String attributes(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("a").append(i).append("=\"v\" ");
        }
        return text.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
