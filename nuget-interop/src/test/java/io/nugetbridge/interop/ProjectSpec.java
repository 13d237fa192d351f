package io.nugetbridge.interop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A project of a test graph: its name and, per target framework (short folder name as a project writes it), its
 * direct PackageReferences as {@code "Id range"}.
 */
record ProjectSpec(String name, Map<String, List<String>> frameworks) {

    ProjectSpec {
        frameworks = new LinkedHashMap<>(frameworks);
    }

    /** One framework list shared by all the given frameworks. */
    static ProjectSpec of(String name, List<String> frameworks, String... references) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        frameworks.forEach(f -> map.put(f, List.of(references)));
        return new ProjectSpec(name, map);
    }

    @Override
    public String toString() {
        return name + " " + frameworks.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
