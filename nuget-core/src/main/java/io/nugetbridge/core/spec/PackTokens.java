package io.nugetbridge.core.spec;

import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.core.version.MavenVersions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code $token$} values for packing a project's nuspec, with NuGet's precedence (section 7 of
 * nuget-reference.md), lowest first:
 * <ol>
 *   <li>{@code $configuration$} from the build's configuration;</li>
 *   <li>the project's properties, then the user's ({@code -D}) properties;</li>
 *   <li>the explicit properties (NuGet's {@code -Properties});</li>
 *   <li>the project's own values, which win as in NuGet: {@code $id$}, {@code $version$} (the NuGet
 *       version given outright, as NuGet's {@code -Version} sets it, else by the {@link MavenVersions} rule), {@code $author$}, {@code $title$}, {@code $description$},
 *       {@code $copyright$}. An explicit property that would change one of them is reported.</li>
 * </ol>
 * Names are compared case-insensitively, as NuGet compares them.
 */
public final class PackTokens {

    private PackTokens() {}

    public static Map<String, String> of(ProjectInfo project, String configuration, Map<String, String> projectProperties,
            Map<String, String> userProperties, Map<String, String> explicit, NuGetLog log) {
        Map<String, String> tokens = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (configuration != null) {
            tokens.put("configuration", configuration);
        }
        tokens.putAll(projectProperties);
        tokens.putAll(userProperties);
        tokens.putAll(explicit);
        Map<String, String> explicitByName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        explicitByName.putAll(explicit);
        for (Map.Entry<String, String> own : projectValues(project).entrySet()) {
            String given = explicitByName.get(own.getKey());
            if (given != null && !given.equals(own.getValue())) {
                (log == null ? NuGetLog.SILENT : log).warn("The property '" + own.getKey() + "' is ignored: $"
                        + own.getKey() + "$ comes from the project (" + own.getValue() + "), as in NuGet");
            }
            tokens.put(own.getKey(), own.getValue());
        }
        return Collections.unmodifiableMap(tokens);
    }

    private static Map<String, String> projectValues(ProjectInfo project) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "id", project.id());
        if (project.hasNuGetVersion() || project.version() != null && !project.version().isBlank()) {
            values.put("version", project.packageVersion().toFullString());
        }
        put(values, "author", project.authors().isEmpty() ? project.organization() : String.join(", ", project.authors()));
        put(values, "title", project.name());
        put(values, "description", project.description());
        put(values, "copyright", NuspecFromProject.copyright(project));
        return values;
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value.strip());
        }
    }
}
