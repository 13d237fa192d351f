package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.Arrays;
import java.util.List;

/** Short ways for tests to resolve a project called {@code Project} with {@code "Id range"} dependencies. */
final class Restore {

    static final NuGetFramework NET8 = NuGetFramework.parse("net8.0");

    private Restore() {}

    static ResolveResult resolve(PackageSources sources, String... dependencies) {
        return resolve(sources, request(NET8, dependencies));
    }

    static ResolveResult resolve(PackageSources sources, ResolveRequest request) {
        try (PackageResolver resolver = new PackageResolver(sources)) {
            return resolver.resolve(request);
        }
    }

    static ResolveRequest request(NuGetFramework framework, String... dependencies) {
        return ResolveRequest.of("Project", List.of(TargetFrameworkRequest.of(framework, dependencies(dependencies))));
    }

    static List<PackageDependency> dependencies(String... texts) {
        return Arrays.stream(texts).map(text -> {
            String[] parts = text.trim().split("\\s+", 2);
            return PackageDependency.of(parts[0], parts[1]);
        }).toList();
    }

    /** {@code id version} of every package of the only graph, ordered by id. */
    static List<String> chosen(ResolveResult result) {
        return result.graphs().get(0).packages().stream().map(ResolvedPackage::toString).toList();
    }

    static List<String> codes(ResolveResult result) {
        return result.diagnostics().stream().map(Diagnostic::code).toList();
    }
}
