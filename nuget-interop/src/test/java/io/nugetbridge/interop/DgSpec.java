package io.nugetbridge.interop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.resolve.TargetFrameworkRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the dependency-graph spec ({@code obj/<project>.nuget.dgspec.json} as the .NET SDK writes it, format 1)
 * that {@code NuGet.exe restore x.dg} restores: several projects in one spec, each in its own folder
 * ({@code <root>/<name>/<name>.csproj}, outputs in {@code obj/}), all with the same sources and global packages
 * folder. The SDK's defaults a project gets without asking are written too: NU1605 as an error, and the
 * AssetTargetFallback net461..net481 for .NETCoreApp and .NETStandard 2.0 or later, as the brief for this suite
 * (issue 17) states the SDK does; the SDK's targets file was not at hand to cite, so this is the one input
 * here not read from NuGet's own source.
 */
final class DgSpec {

    static final List<String> SDK_ASSET_TARGET_FALLBACK =
            List.of("net461", "net462", "net47", "net471", "net472", "net48", "net481");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final List<String> sources = new ArrayList<>();
    private Path packagesPath;
    private LockOptions lock = LockOptions.NONE;

    /** Lock file options of the restore section ({@code restoreLockProperties}). */
    record LockOptions(boolean withLockFile, boolean lockedMode) {
        static final LockOptions NONE = new LockOptions(false, false);
    }

    DgSpec(Path root) {
        this.root = root;
        this.packagesPath = root.resolve("global-packages");
    }

    DgSpec source(String source) {
        sources.add(source);
        return this;
    }

    DgSpec packagesPath(Path folder) {
        packagesPath = folder;
        return this;
    }

    DgSpec lock(LockOptions options) {
        lock = options;
        return this;
    }

    Path packagesPath() {
        return packagesPath;
    }

    /** The folder of a project (its packages.lock.json is there). */
    Path projectFolder(String name) {
        return root.resolve(name);
    }

    /** Where NuGet writes the project's project.assets.json. */
    Path assetsFile(String name) {
        return projectFolder(name).resolve("obj/project.assets.json");
    }

    /** Writes {@code <root>/restore.dg} for the projects and returns it. */
    Path write(List<ProjectSpec> projects) {
        ObjectNode spec = JSON.createObjectNode().put("format", 1);
        ObjectNode restore = spec.putObject("restore");
        ObjectNode all = spec.putObject("projects");
        for (ProjectSpec project : projects) {
            Path folder = projectFolder(project.name());
            String path = folder.resolve(project.name() + ".csproj").toString();
            restore.putObject(path);
            all.set(path, project(project, folder, path));
        }
        try {
            Files.createDirectories(root);
            Path file = root.resolve("restore.dg");
            JSON.writeValue(file.toFile(), spec);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the dgspec under " + root + ": " + e.getMessage(), e);
        }
    }

    private ObjectNode project(ProjectSpec project, Path folder, String path) {
        ObjectNode node = JSON.createObjectNode().put("version", "1.0.0");
        ObjectNode restore = node.putObject("restore")
                .put("projectUniqueName", path)
                .put("projectName", project.name())
                .put("projectPath", path)
                .put("packagesPath", packagesPath.toString())
                .put("outputPath", folder.resolve("obj").toString())
                .put("projectStyle", "PackageReference");
        ObjectNode sourceNodes = restore.putObject("sources");
        sources.forEach(sourceNodes::putObject);
        restore.putArray("fallbackFolders");
        restore.putArray("configFilePaths");
        ArrayNode originals = restore.putArray("originalTargetFrameworks");
        ObjectNode restoreFrameworks = restore.putObject("frameworks");
        project.frameworks().keySet().forEach(f -> {
            originals.add(f);
            restoreFrameworks.putObject(f).put("targetAlias", f).putObject("projectReferences");
        });
        restore.putObject("warningProperties").putArray("warnAsError").add("NU1605");
        if (lock.withLockFile() || lock.lockedMode()) {
            ObjectNode lockProperties = restore.putObject("restoreLockProperties")
                    .put("restorePackagesWithLockFile", "true");
            if (lock.lockedMode()) {
                lockProperties.put("restoreLockedMode", true);
            }
        }
        ObjectNode frameworks = node.putObject("frameworks");
        for (Map.Entry<String, List<String>> framework : project.frameworks().entrySet()) {
            ObjectNode fw = frameworks.putObject(framework.getKey()).put("targetAlias", framework.getKey());
            if (sdkFallsBack(NuGetFramework.parse(framework.getKey()))) {
                ArrayNode imports = fw.putArray("imports");
                SDK_ASSET_TARGET_FALLBACK.forEach(imports::add);
                fw.put("assetTargetFallback", true).put("warn", true);
            }
            ObjectNode dependencies = fw.putObject("dependencies");
            for (String reference : framework.getValue()) {
                String[] idAndRange = reference.split(" ", 2);
                dependencies.putObject(idAndRange[0]).put("target", "Package").put("version", idAndRange[1]);
            }
        }
        return node;
    }

    /**
     * Where the .NET SDK sets AssetTargetFallback: .NETCoreApp 2.0+ (net5.0+ included) and .NETStandard 2.0+.
     * Current NuGet's SDK does it for both (our {@link TargetFrameworkRequest#defaultAssetTargetFallback} is
     * the rule under test).
     */
    static boolean sdkFallsBack(NuGetFramework framework) {
        String id = framework.identifier();
        return (id.equalsIgnoreCase(".NETCoreApp") || id.equalsIgnoreCase(".NETStandard"))
                && framework.version().major() >= 2;
    }
}
