package io.nugetbridge.maven;

import io.nugetbridge.core.resolve.PackageDependency;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * What {@code nuget:restore} reads from Maven's side: the project files and packages.config files (given, or
 * found in the project folder), the packages listed in the plugin configuration, and the project's dependencies
 * of type {@code nupkg}, which become package references with the version as written (so Maven's
 * {@code 13.0.3} means NuGet's {@code >= 13.0.3}, resolved to 13.0.3 when the feed has it).
 */
final class RestoreInputs {

    /** The groupId the wagon gives every NuGet package (DESIGN.md, "Maven coordinates of a NuGet package"). */
    static final String NUGET_GROUP_ID = "nuget";

    private static final List<String> PROJECT_EXTENSIONS = List.of(".csproj", ".fsproj", ".vbproj");

    private RestoreInputs() {}

    /** The given project files, or the {@code .csproj}, {@code .fsproj} and {@code .vbproj} files in {@code basedir}. */
    static List<Path> projectFiles(List<File> given, Path basedir) throws MojoFailureException {
        if (given != null && !given.isEmpty()) {
            return existing(given, basedir, "projectFiles (nuget.projectFiles)");
        }
        if (!Files.isDirectory(basedir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(basedir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> PROJECT_EXTENSIONS.stream().anyMatch(p.getFileName().toString().toLowerCase(Locale.ROOT)::endsWith))
                    .sorted().toList();
        } catch (IOException e) {
            throw new MojoFailureException("Cannot list the project folder " + basedir + ": " + e.getMessage(), e);
        }
    }

    /** The given packages.config files, or {@code packages.config} in {@code basedir} when there is one. */
    static List<Path> packagesConfigs(List<File> given, Path basedir) throws MojoFailureException {
        if (given != null && !given.isEmpty()) {
            return existing(given, basedir, "packagesConfigs (nuget.packagesConfigs)");
        }
        Path standard = basedir.resolve("packages.config");
        return Files.isRegularFile(standard) ? List.of(standard) : List.of();
    }

    /** The plugin's {@code <packageReferences>}. */
    static List<PackageDependency> references(List<PackageReference> listed) throws MojoFailureException {
        List<PackageDependency> dependencies = new ArrayList<>();
        for (PackageReference reference : listed == null ? List.<PackageReference>of() : listed) {
            if (reference.getId() == null || reference.getId().isBlank()) {
                throw new MojoFailureException("A <packageReference> in the nuget:restore configuration has no <id>;"
                        + " give each one an <id> and a <version>.");
            }
            dependencies.add(dependency(reference.getId(), reference.getVersion(),
                    "the <packageReference> " + reference.getId() + " in the nuget:restore configuration"));
        }
        return dependencies;
    }

    /** The project's dependencies of type {@code nupkg} in groupId {@code nuget}; others of that type are named and left. */
    static List<PackageDependency> nupkgDependencies(MavenProject project, Log log) throws MojoFailureException {
        List<PackageDependency> dependencies = new ArrayList<>();
        List<Dependency> declared = project == null || project.getDependencies() == null ? List.of() : project.getDependencies();
        for (Dependency dependency : declared) {
            if (!"nupkg".equals(dependency.getType())) {
                continue;
            }
            if (!NUGET_GROUP_ID.equals(dependency.getGroupId())) {
                log.warn("nuget:restore leaves out the dependency " + dependency.getManagementKey() + ": NuGet packages"
                        + " have the groupId '" + NUGET_GROUP_ID + "' (nuget:" + dependency.getArtifactId() + ":<version>:nupkg)");
                continue;
            }
            dependencies.add(dependency(dependency.getArtifactId(), dependency.getVersion(), "the dependency nuget:"
                    + dependency.getArtifactId() + ":" + dependency.getVersion() + ":nupkg of the POM"));
        }
        return dependencies;
    }

    private static PackageDependency dependency(String id, String version, String where) throws MojoFailureException {
        if (version == null || version.isBlank()) {
            throw new MojoFailureException(where + " has no version; give a version (13.0.3), a range ([1.0,2.0))"
                    + " or a floating version (1.*).");
        }
        try {
            return PackageDependency.of(id.trim(), version.trim());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(where + " has the version '" + version + "', which is not a NuGet version or"
                    + " range (" + e.getMessage() + "); examples: 13.0.3, [1.0,2.0), 1.*", e);
        }
    }

    private static List<Path> existing(List<File> given, Path basedir, String parameter) throws MojoFailureException {
        List<Path> files = new ArrayList<>();
        for (File file : given) {
            Path path = basedir.resolve(file.toPath()).normalize();
            if (!Files.isRegularFile(path)) {
                throw new MojoFailureException("The file " + path + " given in " + parameter + " does not exist.");
            }
            files.add(path);
        }
        return files;
    }
}
