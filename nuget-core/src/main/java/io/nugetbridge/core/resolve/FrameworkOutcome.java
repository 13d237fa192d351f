package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.OrdinalIgnoreCase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns one framework's walked tree into its {@link FrameworkGraph}: analysis, the flattened graph (the
 * nodes not rejected), the unresolved dependencies, and every message in NuGet's order: source failures,
 * unresolved packages, cycles/conflicts/downgrades, unexpected versions, fallback frameworks.
 */
final class FrameworkOutcome {

    private final PackageSources sources;
    private final SourceQueries queries;

    FrameworkOutcome(PackageSources sources, SourceQueries queries) {
        this.sources = sources;
        this.queries = queries;
    }

    /** What the settled tree holds, gathered in one walk. */
    private record Collected(Map<String, ResolvedItem> flattened, Map<ResolvedItem.Key, ResolvedItem> rejected,
            Set<UnresolvedDependency> unresolved, List<DependencyMessages.ResolvedEdge> edges, Set<String> askedIds) {}

    FrameworkGraph build(GraphNode root, TargetFrameworkRequest target, ResolveRequest request) {
        GraphAnalysis analysis = GraphAnalyzer.analyze(root);
        Collected tree = collect(root);
        tree.flattened().values().forEach(item -> tree.rejected().remove(item.key()));
        List<ResolvedPackage> lost = packages(tree.rejected().values(), target).stream().map(p -> new ResolvedPackage(p.id(),
                p.version(), p.source(), Optional.empty(), p.dependencies(), p.viaFallback())).toList();
        return new FrameworkGraph(target.framework(), target.dependencies(), packages(tree.flattened().values(), target), lost,
                List.copyOf(tree.unresolved()), request.policy().apply(messages(analysis, tree, target, request)));
    }

    /**
     * The nodes not rejected, one item per id (the flattened graph), the rejected versions, the unresolved requests,
     * and every walked edge (NuGet's resolved dependencies, rejected nodes included, for NU1603).
     */
    private static Collected collect(GraphNode root) {
        Collected tree = new Collected(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashSet<>(), new ArrayList<>(),
                new HashSet<>());
        root.forEach(node -> {
            if (node == root) {
                return;
            }
            tree.askedIds().add(lower(node.asked().id()));
            boolean missing = node.item().kind() == ResolvedItem.Kind.UNRESOLVED;
            if (node.disposition() == Disposition.REJECTED) {
                if (!missing) {
                    tree.rejected().putIfAbsent(node.item().key(), node.item());
                }
            } else if (missing) {
                tree.unresolved().add(new UnresolvedDependency(node.asked().id(), node.asked().range()));
            } else {
                tree.flattened().merge(lower(node.item().id()), node.item(),
                        (a, b) -> ResolvedItem.compareVersions(a.version(), b.version()) >= 0 ? a : b);
            }
            if (!missing) {
                tree.edges().add(new DependencyMessages.ResolvedEdge(node.parent().item(), node.asked().range(), node.item()));
            }
        });
        return tree;
    }

    private List<Diagnostic> messages(GraphAnalysis analysis, Collected tree, TargetFrameworkRequest target,
            ResolveRequest request) {
        NuGetFramework framework = target.framework();
        List<Diagnostic> messages = new ArrayList<>();
        Set<String> failedIds = new HashSet<>();
        for (SourceQueries.SourceFailure failure : queries.failures()) {
            if (tree.askedIds().contains(lower(failure.packageId()))) {
                failedIds.add(lower(failure.packageId()));
                messages.add(failure.toDiagnostic(framework));
            }
        }
        for (UnresolvedDependency missing : tree.unresolved()) {
            if (!failedIds.contains(lower(missing.id()))) {
                Diagnostic message = UnresolvedMessages.message(missing, framework, sources,
                        source -> queries.versions(source, missing.id()).join().versions());
                messages.add(withLockHint(message, missing, target));
            }
        }
        messages.addAll(GraphMessages.messages(analysis, request.projectName(), framework));
        messages.addAll(DependencyMessages.messages(target.dependencies(), tree.edges(), tree.flattened(),
                idsWithErrors(analysis, tree.unresolved()), request.lockFileEnabled(), framework));
        tree.flattened().values().stream().filter(ResolvedItem::viaFallback)
                .forEach(item -> messages.add(FallbackMessage.of(item.id(), item.version(), target)));
        return messages;
    }

    /**
     * NuGet looks only for the locked version when a lock file pins one, yet names the project's range: say so,
     * or the "nearest version" lines read as if any of them would have done.
     */
    private static Diagnostic withLockHint(Diagnostic message, UnresolvedDependency missing, TargetFrameworkRequest target) {
        NuGetVersion locked = target.lockedVersions().get(lower(missing.id()));
        if (locked == null || !missing.range().satisfies(locked)) {
            return message;
        }
        return new Diagnostic(message.code(), message.level(), message.message() + "\n  - packages.lock.json locks "
                + missing.id() + " at " + locked.toNormalizedString() + ", which no source has any more; restore with"
                + " the lock file's versions re-evaluated (delete the entry, or dotnet's --force-evaluate) to choose another",
                message.packageId(), message.frameworks());
    }

    private static List<ResolvedPackage> packages(Collection<ResolvedItem> items, TargetFrameworkRequest target) {
        return items.stream()
                .map(item -> new ResolvedPackage(item.id(), item.version(), item.source().name(),
                        target.dependencies().stream().filter(d -> d.id().equalsIgnoreCase(item.id())).findFirst()
                                .map(PackageDependency::range),
                        item.dependencies(), item.viaFallback()))
                .sorted(Comparator.comparing(ResolvedPackage::id, OrdinalIgnoreCase.ORDER))
                .toList();
    }

    /** Ids whose version is already an error or a downgrade: NU1608 about them would say the same again. */
    private static Set<String> idsWithErrors(GraphAnalysis analysis, Set<UnresolvedDependency> unresolved) {
        Set<String> ids = new HashSet<>();
        analysis.conflicts().forEach(c -> {
            ids.add(lower(c.selected().asked().id()));
            ids.add(lower(c.conflicting().asked().id()));
        });
        analysis.downgrades().forEach(d -> {
            ids.add(lower(d.from().asked().id()));
            ids.add(lower(d.to().asked().id()));
        });
        ids.addAll(unresolved.stream().map(u -> lower(u.id())).collect(Collectors.toSet()));
        return ids;
    }

    private static String lower(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
