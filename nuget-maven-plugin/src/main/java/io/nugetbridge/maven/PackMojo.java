package io.nugetbridge.maven;

import io.nugetbridge.core.packaging.BuiltPackage;
import io.nugetbridge.core.packaging.NuspecPacker;
import io.nugetbridge.core.packaging.PackResult;
import io.nugetbridge.core.packaging.PackageException;
import io.nugetbridge.core.packaging.analysis.PackWarningPolicy;
import io.nugetbridge.core.spec.Nuspec;
import io.nugetbridge.core.spec.NuspecException;
import io.nugetbridge.core.spec.NuspecFromProject;
import io.nugetbridge.core.spec.PackTokens;
import io.nugetbridge.core.spec.ProjectInfo;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Packs a nuspec into {@code <Id>.<NormalizedVersion>.nupkg}, as {@code nuget pack} does, and attaches it
 * to the project (type {@code nupkg}) so that {@code install} and {@code deploy} carry it.
 *
 * <p>The nuspec is the {@code nuspec} parameter, else the one {@code .nuspec} in {@code src/main/nuget/},
 * else one made from the POM (what {@code nuget:spec} writes). Its {@code $tokens$} take their values
 * from the POM ({@code $id$}, {@code $version$}, {@code $author$}, {@code $title$}, {@code $description$},
 * {@code $copyright$}), {@code $configuration$}, the project's and the user's properties and the
 * {@code properties} parameter. Its {@code <files>} are relative to its folder (or {@code basePath});
 * the {@code files} parameter adds more, relative to the project's folder.
 */
@Mojo(name = "pack", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PackMojo extends PackageMojo {

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** The nuspec to pack. Default: the one {@code .nuspec} in {@code src/main/nuget/}, else one made from the POM. */
    @Parameter(property = "nuget.nuspec")
    private File nuspec;

    /** The folder {@code <file src>} is relative to. Default: the nuspec's folder. */
    @Parameter(property = "nuget.basePath")
    private File basePath;

    /** Where the package is written. */
    @Parameter(property = "nuget.outputDirectory", defaultValue = "${project.build.directory}")
    private File outputDirectory;

    /** More token values (NuGet's {@code -Properties}); on the command line every {@code -Dname=value} is one too. */
    @Parameter
    private Map<String, String> properties;

    /** Files to pack after the nuspec's own {@code <files>}: {@code <file><src/><target/><exclude/></file>}. */
    @Parameter
    private List<PackFile> files;

    /** The value of {@code $configuration$}. */
    @Parameter(property = "nuget.configuration", defaultValue = "Release")
    private String configuration;

    /** Also write {@code <Id>.<Version>.snupkg} with the {@code .pdb} files (which then leave the main package). */
    @Parameter(property = "nuget.symbols", defaultValue = "false")
    private boolean symbols;

    /** Pack dot-files and {@code .nupkg} files, which NuGet leaves out by default. */
    @Parameter(property = "nuget.noDefaultExcludes", defaultValue = "false")
    private boolean noDefaultExcludes;

    /**
     * NuGet warning codes to drop (NoWarn), e.g. {@code NU5125,NU5048}: for the package analysis and the pack's
     * other warnings. A {@code NoWarn} token value ({@code -DNoWarn=...}, the {@code properties} parameter) counts
     * too, as NuGet reads NoWarn from {@code -Properties}.
     */
    @Parameter(property = "nuget.noWarn")
    private List<String> noWarn;

    /** NuGet warning codes that fail the pack (WarningsAsErrors); the package is then removed, as NuGet does. */
    @Parameter(property = "nuget.warningsAsErrors")
    private List<String> warningsAsErrors;

    /** Every NuGet warning of the pack fails it (TreatWarningsAsErrors). */
    @Parameter(property = "nuget.treatWarningsAsErrors", defaultValue = "false")
    private boolean treatWarningsAsErrors;

    /** Skip NuGet's package analysis of what was packed (NuGet's {@code -NoPackageAnalysis}). */
    @Parameter(property = "nuget.noPackageAnalysis", defaultValue = "false")
    private boolean noPackageAnalysis;

    /** Attach the package to the project, so that {@code install} and {@code deploy} carry it. */
    @Parameter(property = "nuget.attach", defaultValue = "true")
    private boolean attach;

    /** The time every entry carries, for reproducible packages; unset or one character: the files' own times. */
    @Parameter(property = "nuget.outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /** Threads that compress (0: the machine's cores, at most 8); the package's bytes do not depend on it. */
    @Parameter(property = "nuget.compressionThreads", defaultValue = "0")
    private int compressionThreads;

    private final MavenProjectHelper projectHelper;

    @Inject
    public PackMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("pack")) {
            return;
        }
        MavenNuGetLog log = new MavenNuGetLog(getLog());
        try {
            ProjectInfo info = projectInfo();
            Map<String, String> tokens = PackTokens.of(info, configuration, names(project.getProperties()),
                    names(session.getUserProperties()), properties == null ? Map.of() : properties, log);
            NuspecPacker packer = new NuspecPacker(log).properties(tokens)
                    .version(info.hasNuGetVersion() ? info.packageVersion().toFullString() : null)
                    .timestamp(OutputTimestamp.parse(outputTimestamp).orElse(null)).symbols(symbols)
                    .defaultExcludes(!noDefaultExcludes).compressionThreads(compressionThreads)
                    .warningPolicy(new PackWarningPolicy(codes(noWarn), codes(warningsAsErrors), treatWarningsAsErrors))
                    .packageAnalysis(!noPackageAnalysis)
                    .extraFiles(files == null ? List.of() : files.stream().map(PackFile::toNuspecFile).toList(),
                            project.getBasedir().toPath());
            if (basePath != null) {
                packer.basePath(basePath.toPath());
            }
            PackResult result = pack(packer, info, log);
            attach(result);
            getLog().info(summary(result));
        } catch (PackageException | NuspecException | IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private PackResult pack(NuspecPacker packer, ProjectInfo info, MavenNuGetLog log) throws MojoFailureException {
        Path output = outputDirectory.toPath();
        Optional<Path> file = NuspecLocation.find(nuspec, project.getBasedir());
        if (file.isPresent()) {
            return packer.pack(file.get(), output);
        }
        NuspecFromProject.Result generated = NuspecFromProject.metadata(info);
        generated.warnings().forEach(log::warn);
        Path base = basePath != null ? basePath.toPath() : project.getBasedir().toPath().resolve(NuspecLocation.DEFAULT_FOLDER);
        return packer.pack(Nuspec.of(generated.metadata()), "the nuspec made from " + project.getFile(), base, output);
    }

    private void attach(PackResult result) {
        if (!attach) {
            return;
        }
        projectHelper.attachArtifact(project, "nupkg", result.packageFile().file().toFile());
        result.symbols().ifPresent(s -> projectHelper.attachArtifact(project, "snupkg", s.file().toFile()));
    }

    private String summary(PackResult result) {
        BuiltPackage nupkg = result.packageFile();
        return "Packed " + nupkg.id() + " " + nupkg.version().toFullString() + " (" + files(nupkg) + ") to " + nupkg.file()
                + result.symbols().map(s -> ", symbols (" + files(s) + ") to " + s.file()).orElse("");
    }

    private static String files(BuiltPackage built) {
        return built.files().size() == 1 ? "1 file" : built.files().size() + " files";
    }

    private static java.util.Set<String> codes(List<String> values) {
        return values == null ? java.util.Set.of() : PackWarningPolicy.codes(values.toArray(String[]::new));
    }

    private static Map<String, String> names(Properties values) {
        Map<String, String> map = new TreeMap<>();
        values.stringPropertyNames().forEach(name -> map.put(name, values.getProperty(name)));
        return map;
    }
}
