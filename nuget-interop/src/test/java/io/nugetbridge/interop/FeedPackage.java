package io.nugetbridge.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A package of a test graph: id, version, dependency groups per framework ({@code ""} is the group without a
 * framework, none at all means no {@code <dependencies>}) and the lib folders it carries an assembly in (none:
 * a package without assets, compatible with every framework).
 */
final class FeedPackage {

    final String id;
    final String version;
    final Map<String, List<String>> groups = new LinkedHashMap<>();
    final List<String> libFolders = new ArrayList<>();

    private FeedPackage(String id, String version) {
        this.id = id;
        this.version = version;
    }

    static FeedPackage of(String id, String version) {
        return new FeedPackage(id, version);
    }

    /** A dependency group; each dependency is {@code "Id range"}. */
    FeedPackage group(String framework, String... dependencies) {
        groups.put(framework, List.of(dependencies));
        return this;
    }

    /** Dependencies for every framework (the group without a framework). */
    FeedPackage dependsOn(String... dependencies) {
        return group("", dependencies);
    }

    /** An assembly in {@code lib/<framework>/}. */
    FeedPackage lib(String... frameworks) {
        libFolders.addAll(List.of(frameworks));
        return this;
    }

    /** A short text for failure messages: {@code A 1.0.0 -> B [1.0.0, ) lib/net45}. */
    @Override
    public String toString() {
        String deps = groups.entrySet().stream()
                .map(g -> (g.getKey().isEmpty() ? "" : g.getKey() + ": ") + String.join(", ", g.getValue()))
                .collect(Collectors.joining("; "));
        return id + " " + version + (deps.isEmpty() ? "" : " -> " + deps)
                + (libFolders.isEmpty() ? "" : " lib/" + String.join(",", libFolders));
    }
}
