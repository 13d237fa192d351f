package io.nugetbridge.core.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import io.nugetbridge.testing.Fixtures;
import io.nugetbridge.testing.RequiresCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Every target framework string in the real-world corpus: the {@code targetFramework} attributes of
 * every nuspec (inside the .nupkg files and loose), the framework folders of every package
 * ({@code lib/}, {@code ref/}, {@code build/}, {@code buildTransitive/}, {@code tools/},
 * {@code contentFiles/<lang>/}) and the {@code <file target>} folders of authoring nuspecs. The
 * expected meaning of each is written here by hand from NuGet's rules, and the test fails if the
 * corpus holds a string this table does not name, or the table names one the corpus lacks.
 */
@RequiresCorpus
class FrameworkCorpusTest {

    private static final Pattern ATTRIBUTE =
            Pattern.compile("<(\\w+)\\b[^>]*?\\btargetFramework\\s*=\\s*\"([^\"]*)\"", Pattern.DOTALL);
    private static final Pattern FILE_TARGET = Pattern.compile("<file\\b[^>]*?\\btarget\\s*=\\s*\"([^\"]*)\"");
    private static final Set<String> FRAMEWORK_FOLDERS = Set.of("lib", "ref", "build", "buildtransitive", "tools");

    /** Corpus string -> what NuGet makes of it (shortFolderName (full name), or a special identifier). */
    private static final Map<String, String> EXPECTED = new TreeMap<>();

    static {
        expect("", "Any");
        expect("any", "Any");
        expect("_common", "Unsupported");
        expect("_Desktop", "Unsupported");
        expect("agents", "Unsupported");
        expect(".NETCoreApp1.0", "netcoreapp1.0 (.NETCoreApp,Version=v1.0)");
        expect(".NETCoreApp2.0", "netcoreapp2.0 (.NETCoreApp,Version=v2.0)");
        expect(".NETCoreApp2.1", "netcoreapp2.1 (.NETCoreApp,Version=v2.1)");
        expect(".NETCoreApp3.1", "netcoreapp3.1 (.NETCoreApp,Version=v3.1)");
        expect(".NETFramework0.0", "net (.NETFramework,Version=v0.0)");
        expect(".NETFramework2.0", "net20 (.NETFramework,Version=v2.0)");
        expect(".NETFramework3.5", "net35 (.NETFramework,Version=v3.5)");
        expect(".NETFramework4.0", "net40 (.NETFramework,Version=v4.0)");
        expect(".NETFramework4.0-Client", "net40-client (.NETFramework,Version=v4.0,Profile=Client)");
        expect(".NETFramework4.5", "net45 (.NETFramework,Version=v4.5)");
        expect(".NETFramework4.5.1", "net451 (.NETFramework,Version=v4.5.1)");
        expect(".NETFramework4.6", "net46 (.NETFramework,Version=v4.6)");
        expect(".NETFramework4.6.1", "net461 (.NETFramework,Version=v4.6.1)");
        expect(".NETFramework4.6.2", "net462 (.NETFramework,Version=v4.6.2)");
        expect(".NETFramework4.7", "net47 (.NETFramework,Version=v4.7)");
        expect(".NETFramework4.7.2", "net472 (.NETFramework,Version=v4.7.2)");
        expect(".NETFramework4.8", "net48 (.NETFramework,Version=v4.8)");
        // Written by early .NET 5 tooling (Dapper 2.0.78): it means net5.0.
        expect(".NETFramework5.0", "net5.0 (.NETCoreApp,Version=v5.0)");
        expect(".NETPlatform5.0", "dotnet (.NETPlatform,Version=v5.0)");
        expect(".NETPortable0.0-net40+sl5+wp8+win8",
                "portable-net40+sl5+win8+wp8 (.NETPortable,Version=v0.0,Profile=Profile136)");
        expect(".NETPortable0.0-Profile259",
                "portable-net45+win8+wp8+wpa81 (.NETPortable,Version=v0.0,Profile=Profile259)");
        // win8 next to win81 matches no profile, so the list stays as written.
        expect(".NETPortable0.0-win+net45+wp80+win81+wpa81+MonoAndroid10+Xamarin.iOS10+xamarinmac20",
                "portable-monoandroid10+net45+win+win81+wp8+wpa81+xamarinios10+xamarinmac20"
                        + " (.NETPortable,Version=v0.0,Profile=win+net45+wp80+win81+wpa81+MonoAndroid10+Xamarin.iOS10+xamarinmac20)");
        expect(".NETPortable0.0-wp8+netcore45+net45+wp81+wpa81",
                "portable-net45+netcore45+wp8+wp81+wpa81 (.NETPortable,Version=v0.0,Profile=wp8+netcore45+net45+wp81+wpa81)");
        expect(".NETPortable4.5-Profile111",
                "portable45-net45+win8+wpa81 (.NETPortable,Version=v4.5,Profile=Profile111)");
        expect(".NETPortable4.6-Profile151",
                "portable46-net451+win81+wpa81 (.NETPortable,Version=v4.6,Profile=Profile151)");
        expect(".NETStandard1.1", "netstandard1.1 (.NETStandard,Version=v1.1)");
        expect(".NETStandard1.3", "netstandard1.3 (.NETStandard,Version=v1.3)");
        expect(".NETStandard1.4", "netstandard1.4 (.NETStandard,Version=v1.4)");
        expect(".NETStandard1.5", "netstandard1.5 (.NETStandard,Version=v1.5)");
        expect(".NETStandard1.6", "netstandard1.6 (.NETStandard,Version=v1.6)");
        expect(".NETStandard2.0", "netstandard2.0 (.NETStandard,Version=v2.0)");
        expect(".NETStandard2.1", "netstandard2.1 (.NETStandard,Version=v2.1)");
        expect("aspnet50", "aspnet50 (ASP.NET,Version=v5.0)");
        expect("aspnetcore50", "aspnetcore50 (ASP.NETCore,Version=v5.0)");
        expect("DNX4.5.1", "dnx451 (DNX,Version=v4.5.1)");
        expect("DNXCore5.0", "dnxcore50 (DNXCore,Version=v5.0)");
        expect("dotnet", "dotnet (.NETPlatform,Version=v5.0)");
        expect("monoandroid", "monoandroid (MonoAndroid,Version=v0.0)");
        expect("MonoAndroid0.0", "monoandroid (MonoAndroid,Version=v0.0)");
        expect("MonoAndroid1.0", "monoandroid10 (MonoAndroid,Version=v1.0)");
        expect("MonoAndroid4.4", "monoandroid44 (MonoAndroid,Version=v4.4)");
        expect("MonoAndroid7.0", "monoandroid70 (MonoAndroid,Version=v7.0)");
        expect("monotouch", "monotouch (MonoTouch,Version=v0.0)");
        expect("MonoTouch0.0", "monotouch (MonoTouch,Version=v0.0)");
        expect("MonoTouch1.0", "monotouch10 (MonoTouch,Version=v1.0)");
        expect("net10.0", "net10.0 (.NETCoreApp,Version=v10.0)");
        expect("net20", "net20 (.NETFramework,Version=v2.0)");
        expect("net35", "net35 (.NETFramework,Version=v3.5)");
        expect("net40", "net40 (.NETFramework,Version=v4.0)");
        expect("net45", "net45 (.NETFramework,Version=v4.5)");
        expect("net461", "net461 (.NETFramework,Version=v4.6.1)");
        expect("net462", "net462 (.NETFramework,Version=v4.6.2)");
        expect("net47", "net47 (.NETFramework,Version=v4.7)");
        expect("net472", "net472 (.NETFramework,Version=v4.7.2)");
        expect("net48", "net48 (.NETFramework,Version=v4.8)");
        expect("net5.0", "net5.0 (.NETCoreApp,Version=v5.0)");
        expect("net6.0", "net6.0 (.NETCoreApp,Version=v6.0)");
        expect("net7.0", "net7.0 (.NETCoreApp,Version=v7.0)");
        expect("net8.0", "net8.0 (.NETCoreApp,Version=v8.0)");
        expect("netcoreapp1.0", "netcoreapp1.0 (.NETCoreApp,Version=v1.0)");
        expect("netcoreapp2.0", "netcoreapp2.0 (.NETCoreApp,Version=v2.0)");
        expect("netcoreapp2.1", "netcoreapp2.1 (.NETCoreApp,Version=v2.1)");
        expect("netcoreapp3.1", "netcoreapp3.1 (.NETCoreApp,Version=v3.1)");
        expect("netstandard1.0", "netstandard1.0 (.NETStandard,Version=v1.0)");
        expect("netstandard1.1", "netstandard1.1 (.NETStandard,Version=v1.1)");
        expect("netstandard1.3", "netstandard1.3 (.NETStandard,Version=v1.3)");
        expect("netstandard1.4", "netstandard1.4 (.NETStandard,Version=v1.4)");
        expect("netstandard2.0", "netstandard2.0 (.NETStandard,Version=v2.0)");
        expect("netstandard2.1", "netstandard2.1 (.NETStandard,Version=v2.1)");
        // Folder names stored percent-encoded in the zip (an old NuGet wrote '+' as %2B).
        expect("portable-net45%2Bnetcore45%2Bwpa81%2Bwp8",
                "portable-net45+win8+wp8+wpa81 (.NETPortable,Version=v0.0,Profile=Profile259)");
        expect("portable-net45%2Bwin8%2Bwp8%2Bwpa81%2BXamarin.Mac%2BMonoAndroid10%2BMonoTouch10%2BXamarin.iOS10",
                "portable-net45+win8+wp8+wpa81 (.NETPortable,Version=v0.0,Profile=Profile259)");
        expect("portable-net45+aspnetcore50+win+wpa81+wp80+monotouch+monoandroid+Xamarin.iOS",
                "portable-aspnetcore50+monoandroid+monotouch+net45+win+wp8+wpa81+xamarinios"
                        + " (.NETPortable,Version=v0.0,Profile=net45+aspnetcore50+win+wpa81+wp80+monotouch+monoandroid+Xamarin.iOS)");
        expect("portable-win81+wpa81", "portable-win81+wpa81 (.NETPortable,Version=v0.0,Profile=Profile32)");
        expect("portable-wp8+netcore45+net45+wp81+wpa81",
                "portable-net45+netcore45+wp8+wp81+wpa81 (.NETPortable,Version=v0.0,Profile=wp8+netcore45+net45+wp81+wpa81)");
        expect("Silverlight4.0", "sl4 (Silverlight,Version=v4.0)");
        expect("Silverlight5.0", "sl5 (Silverlight,Version=v5.0)");
        expect("uap10.0", "uap10.0 (UAP,Version=v10.0)");
        expect("UAP10.0", "uap10.0 (UAP,Version=v10.0)");
        expect("UAP10.0.16299", "uap10.0.16299 (UAP,Version=v10.0.16299)");
        expect("win8", "win8 (Windows,Version=v8.0)");
        expect("Windows0.0", "win (Windows,Version=v0.0)");
        expect("Windows8.0", "win8 (Windows,Version=v8.0)");
        expect("Windows8.1", "win81 (Windows,Version=v8.1)");
        expect("WindowsPhone0.0", "wp (WindowsPhone,Version=v0.0)");
        expect("WindowsPhone8.0", "wp8 (WindowsPhone,Version=v8.0)");
        expect("WindowsPhoneApp0.0", "wpa (WindowsPhoneApp,Version=v0.0)");
        expect("WindowsPhoneApp8.1", "wpa81 (WindowsPhoneApp,Version=v8.1)");
        expect("wp8", "wp8 (WindowsPhone,Version=v8.0)");
        expect("Xamarin.iOS", "xamarinios (Xamarin.iOS,Version=v0.0)");
        expect("Xamarin.iOS0.0", "xamarinios (Xamarin.iOS,Version=v0.0)");
        expect("Xamarin.iOS1.0", "xamarinios10 (Xamarin.iOS,Version=v1.0)");
        expect("Xamarin.Mac2.0", "xamarinmac20 (Xamarin.Mac,Version=v2.0)");
        expect("Xamarin.TVOS1.0", "xamarintvos10 (Xamarin.TVOS,Version=v1.0)");
        expect("Xamarin.WatchOS1.0", "xamarinwatchos10 (Xamarin.WatchOS,Version=v1.0)");
        // <frameworkAssembly targetFramework> holds comma-separated lists (NLog 4.7.3, FSharp.Data).
        expect(".NETFramework3.5, .NETFramework4.0-Client, .NETFramework4.5",
                "net35 (.NETFramework,Version=v3.5); net40-client (.NETFramework,Version=v4.0,Profile=Client);"
                        + " net45 (.NETFramework,Version=v4.5)");
        expect(".NETFramework3.5, .NETFramework4.0-Client, .NETFramework4.5, Silverlight4.0, Silverlight5.0",
                "net35 (.NETFramework,Version=v3.5); net40-client (.NETFramework,Version=v4.0,Profile=Client);"
                        + " net45 (.NETFramework,Version=v4.5); sl4 (Silverlight,Version=v4.0); sl5 (Silverlight,Version=v5.0)");
        expect(".NETFramework4.0-Client, .NETFramework4.0",
                "net40-client (.NETFramework,Version=v4.0,Profile=Client); net40 (.NETFramework,Version=v4.0)");
        expect(".NETFramework4.0-Client, .NETFramework4.5",
                "net40-client (.NETFramework,Version=v4.0,Profile=Client); net45 (.NETFramework,Version=v4.5)");
        expect("MonoAndroid4.4, .NETFramework3.5, .NETFramework4.0-Client, .NETFramework4.5, Silverlight4.0, Silverlight5.0,"
                        + " WindowsPhone8.0, Xamarin.iOS1.0",
                "monoandroid44 (MonoAndroid,Version=v4.4); net35 (.NETFramework,Version=v3.5);"
                        + " net40-client (.NETFramework,Version=v4.0,Profile=Client); net45 (.NETFramework,Version=v4.5);"
                        + " sl4 (Silverlight,Version=v4.0); sl5 (Silverlight,Version=v5.0); wp8 (WindowsPhone,Version=v8.0);"
                        + " xamarinios10 (Xamarin.iOS,Version=v1.0)");
        expect("MonoAndroid4.4, Silverlight4.0, Silverlight5.0, WindowsPhone8.0, Xamarin.iOS1.0",
                "monoandroid44 (MonoAndroid,Version=v4.4); sl4 (Silverlight,Version=v4.0); sl5 (Silverlight,Version=v5.0);"
                        + " wp8 (WindowsPhone,Version=v8.0); xamarinios10 (Xamarin.iOS,Version=v1.0)");
        expect("Silverlight4.0, Silverlight5.0", "sl4 (Silverlight,Version=v4.0); sl5 (Silverlight,Version=v5.0)");
        expect("Silverlight4.0, Silverlight5.0, WindowsPhone8.0",
                "sl4 (Silverlight,Version=v4.0); sl5 (Silverlight,Version=v5.0); wp8 (WindowsPhone,Version=v8.0)");
    }

    private static void expect(String corpusString, String meaning) {
        EXPECTED.put(corpusString, meaning);
    }

    @Test
    void everyFrameworkInTheCorpusMeansWhatNuGetMakesOfIt() throws IOException {
        Map<String, Set<String>> found = corpusFrameworks();

        assertThat(found.keySet()).as("framework strings in the corpus").containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        for (Map.Entry<String, Set<String>> entry : found.entrySet()) {
            String corpusString = entry.getKey();
            assertThat(describe(corpusString))
                    .as("'%s' (from %s)", corpusString, entry.getValue())
                    .isEqualTo(EXPECTED.get(corpusString));
        }
    }

    @Test
    void everyFrameworkGroupOfEveryCorpusPackageHasANearestMatchForSomeProject() throws IOException {
        // A smoke check that the reducer copes with every real group list: each list, offered to
        // net8.0, net48 and netstandard2.0 projects, either yields one of its own groups or nothing.
        for (Path nupkg : Fixtures.files("nupkg", ".nupkg")) {
            List<NuGetFramework> groups = groupFrameworks(nuspecText(nupkg));
            for (String project : List.of("net8.0", "net48", "netstandard2.0", "net6.0-android", "uap10.0")) {
                FrameworkReducer.nearest(NuGetFramework.parse(project), groups)
                        .ifPresent(nearest -> assertThat(groups).as(nupkg.getFileName().toString()).contains(nearest));
            }
        }
    }

    private static String describe(String corpusString) {
        List<NuGetFramework> frameworks = corpusString.contains(",")
                ? NuGetFramework.parseList(corpusString)
                : List.of(NuGetFramework.parse(corpusString));
        return frameworks.stream().map(NuGetFramework::toString).collect(Collectors.joining("; "));
    }

    /** Every framework string in the corpus, with where it was seen. */
    private static Map<String, Set<String>> corpusFrameworks() throws IOException {
        Map<String, Set<String>> found = new TreeMap<>();
        for (Path nupkg : Fixtures.files("nupkg", ".nupkg")) {
            String name = nupkg.getFileName().toString();
            collectAttributes(nuspecText(nupkg), name, found);
            try (ZipFile zip = new ZipFile(nupkg.toFile())) {
                for (ZipEntry entry : Collections.list((Enumeration<ZipEntry>) zip.entries())) {
                    String[] segments = entry.getName().split("/");
                    String top = segments[0].toLowerCase();
                    if (FRAMEWORK_FOLDERS.contains(top) && segments.length > 2) {
                        add(found, segments[1], name + " " + segments[0] + "/");
                    } else if (top.equals("contentfiles") && segments.length > 3) {
                        add(found, segments[2], name + " contentFiles/");
                    }
                }
            }
        }
        List<Path> nuspecs = new java.util.ArrayList<>(Fixtures.files("nuspec", ".nuspec"));
        nuspecs.addAll(Fixtures.files("v3", ".nuspec"));
        for (Path nuspec : nuspecs) {
            String text = decode(Files.readAllBytes(nuspec));
            String name = nuspec.getFileName().toString();
            collectAttributes(text, name, found);
            Matcher target = FILE_TARGET.matcher(text);
            while (target.find()) {
                String[] segments = target.group(1).split("[\\\\/]");
                if (segments.length > 1 && FRAMEWORK_FOLDERS.contains(segments[0].toLowerCase()) && !segments[1].isEmpty()) {
                    add(found, segments[1], name + " <file target>");
                }
            }
        }
        return found;
    }

    private static void collectAttributes(String nuspec, String source, Map<String, Set<String>> found) {
        Matcher attribute = ATTRIBUTE.matcher(nuspec);
        while (attribute.find()) {
            add(found, attribute.group(2), source + " <" + attribute.group(1) + ">");
        }
    }

    private static List<NuGetFramework> groupFrameworks(String nuspec) {
        Matcher attribute = ATTRIBUTE.matcher(nuspec);
        List<NuGetFramework> groups = new java.util.ArrayList<>();
        while (attribute.find()) {
            if (attribute.group(1).equals("group")) {
                groups.add(NuGetFramework.parse(attribute.group(2)));
            }
        }
        return groups;
    }

    private static void add(Map<String, Set<String>> found, String value, String source) {
        found.computeIfAbsent(value, k -> new TreeSet<>()).add(source);
    }

    private static String nuspecText(Path nupkg) throws IOException {
        try (ZipFile zip = new ZipFile(nupkg.toFile())) {
            for (ZipEntry entry : Collections.list((Enumeration<ZipEntry>) zip.entries())) {
                if (!entry.getName().contains("/") && entry.getName().endsWith(".nuspec")) {
                    return decode(zip.getInputStream(entry).readAllBytes());
                }
            }
        }
        throw new AssertionError("no nuspec in " + nupkg);
    }

    /** The corpus has UTF-8 with and without BOM and UTF-16LE with BOM. */
    private static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
