package io.nugetbridge.core.packaging.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nugetbridge.core.log.RecordingLog;
import io.nugetbridge.core.packaging.NuspecPacker;
import io.nugetbridge.core.packaging.PackResult;
import io.nugetbridge.core.packaging.PackageValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule on a package made for it, packed for real and analysed as written. The expected texts are what
 * NuGet.exe 5.8 printed for the same nuspec and files ({@code nuget pack x.nuspec -NoDefaultExcludes}, each
 * file as {@code <file src="src/<path>" target="<path>"/>}); where current NuGet differs from 5.8, the test
 * follows current NuGet (NuGet.Client dev, NuGet.Packaging/Rules) and says so.
 */
class PackageRulesTest {

    private static final String NU5128 = "NU5128: Some target frameworks declared in the dependencies group of the nuspec"
            + " and the lib/ref folder do not have exact matches in the other location. Consult the list of actions below:";

    @TempDir
    Path folder;

    private final RecordingLog log = new RecordingLog();

    @Test
    void misplacedFilesScriptsTransformsAndFolders() throws IOException {
        pack("", "build/net45/x.props", "build/y.targets", "tools/foo.ps1", "content/init.ps1", "lib/a.dll", "other/b.dll",
                "x.pp", "lib/winrt/c.dll", "lib/bogus/d.dll");
        assertThat(log.warnings).containsExactly(
                "NU5103: The folder 'lib/bogus/d.dll' under 'lib' is not recognized as a valid framework name or a supported"
                        + " culture identifier. Rename it to a valid framework name or culture identifier.",
                "NU5101: The assembly 'lib/a.dll' is placed directly under 'lib' folder. It is recommended that assemblies"
                        + " be placed inside a framework-specific folder. Move it into a framework-specific folder.",
                "NU5100: The assembly 'other/b.dll' is not inside the 'lib' folder and hence it won't be added as a reference"
                        + " when the package is installed into a project. Move it into the 'lib' folder if it needs to be"
                        + " referenced.",
                "NU5110: The script file 'content/init.ps1' is outside the 'tools' folder and hence will not be executed"
                        + " during installation of this package. Move it into the 'tools' folder.",
                "NU5108: The transform file 'x.pp' is outside the 'content' folder and hence will not be transformed during"
                        + " installation of this package. Move it into the 'content' folder.",
                "NU5107: The file 'content/init.ps1' will be ignored by NuGet because it is not directly under 'tools'"
                        + " folder. Place the file directly under 'tools' folder.",
                "NU5106: The file at 'lib/winrt/c.dll' uses the obsolete 'WinRT' as the framework folder. Replace 'WinRT'"
                        + " or 'WinRT45' with 'NetCore45'.",
                "NU5111: The script file 'tools/foo.ps1' is not recognized by NuGet and hence will not be executed during"
                        + " installation of this package. Rename it to install.ps1, uninstall.ps1 or init.ps1 and place it"
                        + " directly under 'tools'.",
                NU5128 + "\n- Add a dependency group for WinRT0.0 to the nuspec"
                        + "\n- Add a dependency group for bogus0.0 to the nuspec",
                "NU5129: - At least one .targets file was found in 'build/', but 'build/Pkg.Id.targets' was not."
                        + "\n- At least one .props file was found in 'build/net45/', but 'build/net45/Pkg.Id.props' was not.");
    }

    @Test
    void sampleValuesPrereleaseDependenciesPlaceholdersAndLicenseIds() throws IOException {
        pack("<dependencies><dependency id=\"Foo\" version=\"1.0-beta\"/><dependency id=\"Bar\" version=\"[1.0,2.0-rc)\"/>"
                + "</dependencies><tags>Tag1 Tag2</tags><projectUrl>http://PROJECT_URL_HERE_OR_DELETE_THIS_LINE</projectUrl>"
                + "<license type=\"expression\">MIT OR Foo-1 OR Apache-2.0+</license>", "lib/net45/_._", "lib/net45/a.dll");
        assertThat(log.warnings).containsExactly(
                // NuGet.exe prints the URL as its Uri wrote it in the package (lower case, a trailing slash); we
                // print it as the nuspec wrote it.
                "NU5102: The value \"http://PROJECT_URL_HERE_OR_DELETE_THIS_LINE\" for projectUrl is a sample value and"
                        + " should be removed. Replace it with an appropriate value or remove it and rebuild your package.",
                "NU5102: The value \"Tag1 Tag2\" for tags is a sample value and should be removed. Replace it with an"
                        + " appropriate value or remove it and rebuild your package.",
                "NU5109: The file at 'lib/net45/_._' uses the symbol for empty directory '_._', but it is present in a"
                        + " directory that contains other files. Please remove this file from directories that contain"
                        + " other files.",
                "NU5104: A stable release of a package should not have a prerelease dependency. Either modify the version"
                        + " spec of dependency \"Foo [1.0.0-beta, )\" or update the version field in the nuspec.",
                // Current NuGet also looks at the upper bound (InvalidPrereleaseDependencyRule); 5.8 did not.
                "NU5104: A stable release of a package should not have a prerelease dependency. Either modify the version"
                        + " spec of dependency \"Bar [1.0.0, 2.0.0-rc)\" or update the version field in the nuspec.",
                "NU5124: The license identifier 'Foo-1' is not recognized by the current toolset.",
                NU5128 + "\n- Add a dependency group for .NETFramework4.5 to the nuspec");
    }

    @Test
    void unspecifiedVersionSampleIconAndUndottedNet5Folders() throws IOException {
        packWithDescription("Package description", "<dependencies><dependency id=\"Foo\"/></dependencies>"
                + "<iconUrl>http://ICON_URL_HERE_OR_DELETE_THIS_LINE</iconUrl>", "lib/net50/a.dll", "lib/net45/b.dll",
                "build/netcoreapp3.1/Pkg.Id.props");
        assertThat(log.warnings).containsExactly(
                "NU5102: The value \"http://ICON_URL_HERE_OR_DELETE_THIS_LINE\" for iconUrl is a sample value and should be"
                        + " removed. Replace it with an appropriate value or remove it and rebuild your package.",
                "NU5102: The value \"Package description\" for description is a sample value and should be removed. Replace"
                        + " it with an appropriate value or remove it and rebuild your package.",
                "NU5112: The version of dependency 'Foo' is not specified. Specify the version of dependency and rebuild"
                        + " your package.",
                NU5128 + "\n- Add a dependency group for net5.0 to the nuspec"
                        + "\n- Add a dependency group for .NETFramework4.5 to the nuspec",
                // NU5501 is newer than NuGet.exe 5.8 (InvalidUndottedFrameworkRule).
                "NU5501: The following packaged file folder(s) require(s) dots in the framework version: lib/net50/a.dll",
                "NU5501: One or more target framework specifiers in your package are missing required dots in their"
                        + " framework version numbers. This is required as of .NET5.0. Please rename them to include dots"
                        + " as needed (e.g. 'net50' to 'net5.0').",
                "NU5048: The 'PackageIconUrl'/'iconUrl' element is deprecated. Consider using the 'PackageIcon'/'icon'"
                        + " element instead. Learn more at https://aka.ms/deprecateIconUrl");
    }

    @Test
    void groupsCompatibleWithAFolderAreNu5130() throws IOException {
        pack("<dependencies><group targetFramework=\"net45\"/></dependencies>", "lib/net46/a.dll");
        assertThat(log.warnings).containsExactly(
                NU5128 + "\n- Add lib or ref assemblies for the net45 target framework",
                "NU5130: Some target frameworks declared in the dependencies group of the nuspec and the lib/ref folder"
                        + " have compatible matches, but not exact matches in the other location. Unless intentional,"
                        + " consult the list of actions below:\n- Add a dependency group for .NETFramework4.6 to the nuspec");
    }

    @Test
    void referencesAndRefFolderAndTransitiveBuildFiles() throws IOException {
        pack("<dependencies><group targetFramework=\"net45\"><dependency id=\"Foo\" version=\"1.0.0\"/></group>"
                + "<group targetFramework=\"netstandard2.0\"/></dependencies><references><group targetFramework=\"net45\">"
                + "<reference file=\"a.dll\"/></group></references>", "lib/net46/a.dll", "lib/netstandard2.0/a.dll",
                "ref/net45/b.dll", "buildTransitive/Pkg.Id.props", "buildTransitive/net45/other.targets");
        assertThat(log.warnings).containsExactly(
                NU5128 + "\n- Add a dependency group for .NETFramework4.6 to the nuspec",
                "NU5129: - At least one .targets file was found in 'buildTransitive/net45/', but"
                        + " 'buildTransitive/net45/Pkg.Id.targets' was not.",
                "NU5131: References were found in the nuspec, but some reference assemblies were not found in both the"
                        + " nuspec and ref folder. Add the following reference assemblies:"
                        + "\n- Add a.dll to the ref/net45/ directory"
                        + "\n- Add b.dll to the net45 reference group in the nuspec");
    }

    @Test
    void refAssembliesWithoutReferencesAndFlatReferencesWithoutRefFolder() throws IOException {
        pack("", "ref/net462/a.dll", "lib/net462/a.dll");
        assertThat(log.warnings).contains("NU5131: References were found in the nuspec, but some reference assemblies"
                + " were not found in both the nuspec and ref folder. Add the following reference assemblies:"
                + "\n- Add a.dll to the net462 reference group in the nuspec");
        log.warnings.clear();
        pack("<references><reference file=\"a.dll\"/></references>", "lib/net462/a.dll");
        assertThat(log.warnings).contains("NU5131: References were found in the nuspec, but some reference assemblies"
                + " were not found in both the nuspec and ref folder. Add the following reference assemblies:"
                + "\n- Add a.dll to the ref/any/ directory");
    }

    @Test
    void aLongPathWarnsAsItWouldInTheGlobalPackagesFolder() throws IOException {
        // pkg.id/1.0.0/ is 13 characters: 13 + 187 = 200 is fine, 201 is not.
        String ok = "content/" + "a".repeat(175) + ".txt";
        String tooLong = "content/" + "b".repeat(176) + ".txt";
        pack("", "lib/net45/a.dll", ok, tooLong);
        assertThat(log.warnings).filteredOn(w -> w.startsWith("NU5123")).containsExactly("NU5123: The file '" + tooLong
                + "' path, name, or both are too long. Your package might not work without long file path support."
                + " Please shorten the file path or file name.");
    }

    @Test
    void aCleanPackageHasNoWarnings() throws IOException {
        pack("<license type=\"expression\">MIT</license><dependencies><group targetFramework=\"netstandard2.0\">"
                + "<dependency id=\"Foo\" version=\"1.0.0\"/></group></dependencies>", "lib/netstandard2.0/Pkg.Id.dll",
                "build/Pkg.Id.props");
        assertThat(log.warnings).isEmpty();
    }

    @Test
    void noWarnSilencesWarningsAsErrorsFailsAndRemovesThePackage() throws IOException {
        pack(Map.of("NoWarn", "NU5128,nu5048"), PackWarningPolicy.DEFAULT, "<iconUrl>https://x.example/i.png</iconUrl>",
                "lib/net45/a.dll", ".gitignore");
        assertThat(log.warnings).isEmpty();

        assertThatThrownBy(() -> pack(Map.of("WarningsAsErrors", "NU5048"), PackWarningPolicy.DEFAULT,
                "<iconUrl>https://x.example/i.png</iconUrl>", "lib/net45/a.dll"))
                .isInstanceOf(PackageValidationException.class)
                .hasMessageContaining("NU5048 warning as error: The 'PackageIconUrl'/'iconUrl' element is deprecated.");
        assertThat(folder.resolve("out/Pkg.Id.1.0.0.nupkg")).doesNotExist();
    }

    @Test
    void thePoliciesNoWarnAlsoSilencesTheDefaultExcludesWarning() throws IOException {
        Files.createDirectories(folder.resolve("src"));
        Files.writeString(folder.resolve("src/.gitignore"), "x");
        pack(Map.of(), new PackWarningPolicy(PackWarningPolicy.codes("NU5119;NU5128"), Set.of(), false), "",
                "lib/net45/a.dll");
        assertThat(log.warnings).isEmpty();
    }

    @Test
    void theSymbolsPackageIsAnalysedTooAsNuGetDoesForANuspec() throws IOException {
        pack(Map.of(), PackWarningPolicy.DEFAULT, true, "", "lib/net462/a.dll", "lib/net462/a.pdb");
        // NuGet.exe 5.8 -Symbols -SymbolPackageFormat snupkg: NU5128 for the .nupkg, and again for the .snupkg.
        assertThat(log.warnings).extracting(w -> w.substring(0, 6)).containsExactly("NU5128", "NU5128");
    }

    @Test
    void codesAreReadAsMSBuildListsOfNuGetCodes() {
        assertThat(PackWarningPolicy.codes("NU5125; nu5048,,CS1591 ;NU51", null, "NU5128"))
                .containsExactlyInAnyOrder("NU5125", "NU5048", "NU5128");
    }

    private void pack(String metadata, String... files) throws IOException {
        pack(Map.of(), PackWarningPolicy.DEFAULT, metadata, files);
    }

    private void packWithDescription(String description, String metadata, String... files) throws IOException {
        write("<description>" + description + "</description>" + metadata, files);
        new NuspecPacker(log).defaultExcludes(false).timestamp(Instant.EPOCH)
                .pack(folder.resolve("x.nuspec"), folder.resolve("out"));
    }

    private void pack(Map<String, String> properties, PackWarningPolicy policy, String metadata, String... files)
            throws IOException {
        pack(properties, policy, false, metadata, files);
    }

    private PackResult pack(Map<String, String> properties, PackWarningPolicy policy, boolean symbols, String metadata,
            String... files) throws IOException {
        write("<description>d</description>" + metadata, files);
        return new NuspecPacker(log).properties(properties).warningPolicy(policy).symbols(symbols)
                .defaultExcludes(!List.of(files).contains(".gitignore")).timestamp(Instant.EPOCH)
                .pack(folder.resolve("x.nuspec"), folder.resolve("out"));
    }

    private void write(String metadata, String... files) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String file : files) {
            Path source = folder.resolve("src").resolve(file);
            Files.createDirectories(source.getParent());
            Files.writeString(source, "x");
            entries.add(file.equals(".gitignore") ? "<file src=\"src/.gitignore\" target=\"content\"/>"
                    : "<file src=\"src/" + file + "\" target=\"" + file + "\"/>");
        }
        boolean hasFiles = !entries.isEmpty() && !entries.stream().allMatch(e -> e.contains(".gitignore"));
        Files.writeString(folder.resolve("x.nuspec"), "<?xml version=\"1.0\"?><package><metadata><id>Pkg.Id</id>"
                + "<version>1.0.0</version><authors>a</authors>" + metadata + "</metadata><files>"
                + String.join("", entries) + (hasFiles ? "" : "<file src=\"src/.gitignore\" target=\"content\"/>")
                + "</files></package>");
    }
}
