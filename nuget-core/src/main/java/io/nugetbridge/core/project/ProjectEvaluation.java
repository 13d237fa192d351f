package io.nugetbridge.core.project;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.xml.XmlElement;
import io.nugetbridge.core.xml.XmlFileException;
import io.nugetbridge.core.xml.XmlFiles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The part of MSBuild's evaluation restore needs, over a project and what the SDK imports around it
 * ({@code Directory.Build.props} and {@code Directory.Packages.props}, each the nearest one found upward from
 * the project): pass one defines properties in file order, following {@code <Import>}s of existing files;
 * pass two evaluates the package items with the final properties. Targets, tasks and SDK files are not
 * evaluated; conditions and expansions the restore goal cannot evaluate are refused naming file and line.
 */
final class ProjectEvaluation {

    /** The item types restore reads. */
    static final Set<String> ITEM_TYPES = Set.of("packagereference", "packageversion", "globalpackagereference");

    private static final int MAX_IMPORT_DEPTH = 16;

    private final Path project;
    private final MsBuildProperties properties = new MsBuildProperties();
    private final List<XmlElement> itemGroups = new ArrayList<>();

    private ProjectEvaluation(Path project) {
        this.project = project.toAbsolutePath().normalize();
    }

    /** Evaluates the project, in the inner build of {@code targetFramework} when given. */
    static ProjectEvaluation evaluate(Path projectFile, XmlElement root, Optional<String> targetFramework) {
        ProjectEvaluation evaluation = new ProjectEvaluation(projectFile);
        evaluation.seed(targetFramework);
        for (String implicit : List.of("Directory.Build.props", "Directory.Packages.props")) {
            Optional<Path> found = nearestAbove(evaluation.project.getParent(), implicit);
            if (found.isPresent()) {
                evaluation.file(found.get(), XmlFiles.read(found.get(), implicit), 0);
            }
        }
        evaluation.file(evaluation.project, root, 0);
        return evaluation;
    }

    MsBuildProperties properties() {
        return properties;
    }

    Path project() {
        return project;
    }

    private void seed(Optional<String> targetFramework) {
        String fileName = project.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        properties.setGlobal("MSBuildProjectFullPath", project.toString());
        properties.setGlobal("MSBuildProjectDirectory", project.getParent().toString());
        properties.setGlobal("MSBuildProjectFile", fileName);
        properties.setGlobal("MSBuildProjectName", dot > 0 ? fileName.substring(0, dot) : fileName);
        properties.setGlobal("MSBuildProjectExtension", dot > 0 ? fileName.substring(dot) : "");
        targetFramework.ifPresent(alias -> {
            properties.setGlobal("TargetFramework", alias);
            NuGetFramework framework = NuGetFramework.parse(alias);
            // What the SDK derives from TargetFramework early on, so that conditions on them work.
            properties.set("TargetFrameworkIdentifier", framework.identifier());
            properties.set("TargetFrameworkVersion", "v" + framework.version().toDottedString());
            properties.set("TargetPlatformIdentifier", framework.platform());
        });
    }

    /** Pass one over one file: properties and imports in order; item groups kept for pass two. */
    private void file(Path file, XmlElement root, int depth) {
        if (!root.name().equals("Project")) {
            throw new XmlFileException(file, root.line(), "the root element is <" + root.name()
                    + ">, but an MSBuild project or props file must have <Project> as its root");
        }
        String directory = file.toAbsolutePath().getParent().toString() + File.separator;
        for (XmlElement element : root.children()) {
            properties.set("MSBuildThisFileDirectory", directory);
            properties.set("MSBuildThisFile", file.getFileName().toString());
            String name = element.name().toLowerCase(Locale.ROOT);
            if (name.equals("propertygroup") && MsBuildCondition.holds(element, properties)) {
                for (XmlElement property : element.children()) {
                    if (MsBuildCondition.holds(property, properties)) {
                        properties.set(property.name(), new MsBuildExpander(properties, property).expand(property.text()));
                    }
                }
            } else if (name.equals("itemgroup")) {
                itemGroups.add(element);
            } else if (name.equals("import") && element.attribute("Sdk").isEmpty() && MsBuildCondition.holds(element, properties)) {
                importFile(element, depth);
            }
        }
    }

    private void importFile(XmlElement element, int depth) {
        String text = new MsBuildExpander(properties, element).expand(element.attributeIgnoreCase("Project").orElse("")).trim();
        if (text.isEmpty()) {
            return; // a GetPathOfFileAbove that found nothing: MSBuild imports nothing too
        }
        Path target = element.file().toAbsolutePath().getParent().resolve(text.replace('\\', '/')).normalize();
        if (!Files.isRegularFile(target)) {
            if (text.contains("*") || element.attributeIgnoreCase("Condition").isPresent()) {
                return;
            }
            throw new XmlFileException(element.file(), element.line(), "imports " + target + ", which does not exist");
        }
        if (depth >= MAX_IMPORT_DEPTH) {
            throw new XmlFileException(element.file(), element.line(), "imports more than " + MAX_IMPORT_DEPTH
                    + " files deep; is there an import cycle?");
        }
        file(target, XmlFiles.read(target, "MSBuild file"), depth + 1);
    }

    /** Pass two: the package items with the final properties, {@code Include}, {@code Update} and {@code Remove} applied. */
    List<MsBuildItem> items() {
        List<MsBuildItem> items = new ArrayList<>();
        for (XmlElement group : itemGroups) {
            if (!MsBuildCondition.holds(group, properties)) {
                continue;
            }
            for (XmlElement element : group.children()) {
                if (ITEM_TYPES.contains(element.name().toLowerCase(Locale.ROOT)) && MsBuildCondition.holds(element, properties)) {
                    apply(element, items);
                }
            }
        }
        return items;
    }

    private void apply(XmlElement element, List<MsBuildItem> items) {
        MsBuildExpander expander = new MsBuildExpander(properties, element);
        Map<String, String> metadata = new HashMap<>();
        element.attributes().forEach((name, value) -> {
            if (!Set.of("include", "update", "remove", "condition").contains(name.toLowerCase(Locale.ROOT))) {
                metadata.put(name.toLowerCase(Locale.ROOT), expander.expand(value));
            }
        });
        for (XmlElement child : element.children()) {
            if (MsBuildCondition.holds(child, properties)) {
                metadata.put(child.name().toLowerCase(Locale.ROOT), expander.expand(child.text()));
            }
        }
        for (String include : identities(expander, element.attributeIgnoreCase("Include"))) {
            items.add(new MsBuildItem(element.name(), include, metadata, element));
        }
        for (String update : identities(expander, element.attributeIgnoreCase("Update"))) {
            items.replaceAll(item -> sameItem(item, element, update) ? item.withMetadata(metadata) : item);
        }
        for (String remove : identities(expander, element.attributeIgnoreCase("Remove"))) {
            items.removeIf(item -> sameItem(item, element, remove));
        }
    }

    private static boolean sameItem(MsBuildItem item, XmlElement element, String identity) {
        return item.type().equalsIgnoreCase(element.name()) && item.include().equalsIgnoreCase(identity);
    }

    private static List<String> identities(MsBuildExpander expander, Optional<String> attribute) {
        return attribute.map(expander::expand).stream()
                .flatMap(text -> Arrays.stream(text.split(";")))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** MSBuild's {@code GetDirectoryNameOfFileAbove}: the nearest file of that name in the folder or above it. */
    static Optional<Path> nearestAbove(Path directory, String name) {
        for (Path dir = directory; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
