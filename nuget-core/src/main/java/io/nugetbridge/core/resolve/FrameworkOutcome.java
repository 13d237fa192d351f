package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.OrdinalIgnoreCase;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one framework's settled walk into its {@link FrameworkGraph}: the flattened graph (the nodes not
 * rejected), the rejected versions and the unresolved dependencies; and gathers its messages, each under the
 * {@link RestoreStep} of NuGet's restore that logs it ({@link ProjectMessages} puts the frameworks together).
 * NU1701 is not among them: NuGet ties it to the assets a package's fallback framework gave (see RestoreSummary),
 * not to a dependency group taken through the fallback (NuGet.Commands.FuncTest RestoreCommandTests
 * {@code Restore_WhenPackageDependenciesAreSelectedWithATF_AndPackageAssetsAreNot_DoesNotRaiseATFWarning}).
 */
final class FrameworkOutcome {

    private final PackageSources sources;
    private final SourceQueries queries;

    FrameworkOutcome(PackageSources sources, SourceQueries queries) {
        this.sources = sources;
        this.queries = queries;
    }

    /** The graph, with the messages the project reports for it. */
    FrameworkGraph graph(SettledGraph settled, TargetFrameworkRequest target, List<Diagnostic> diagnostics) {
        GraphContents tree = settled.contents();
        List<ResolvedPackage> lost = packages(tree.rejected().values(), target).stream().map(p -> new ResolvedPackage(p.id(),
                p.version(), p.source(), Optional.empty(), p.dependencies(), p.viaFallback())).toList();
        return new FrameworkGraph(target.framework(), target.dependencies(), packages(tree.flattened().values(), target), lost,
                List.copyOf(tree.unresolved()), diagnostics);
    }

    /** Every message about this framework, before the project's rules and policy. */
    FrameworkMessages messages(SettledGraph settled, TargetFrameworkRequest target, ResolveRequest request) {
        GraphContents tree = settled.contents();
        NuGetFramework framework = target.framework();
        FrameworkMessages messages = new FrameworkMessages();
        Set<String> failedIds = new HashSet<>();
        for (SourceQueries.SourceFailure failure : queries.failures()) {
            if (tree.askedIds().contains(lower(failure.packageId()))) {
                failedIds.add(lower(failure.packageId()));
                messages.add(RestoreStep.SOURCE_FAILURES, failure.toDiagnostic(framework));
            }
        }
        DependencyMessages.messages(target.dependencies(), tree.edges(), tree.flattened(), settled.idsInError(),
                request.lockFileEnabled(), framework, messages);
        settled.unsettled().forEach(u -> messages.add(RestoreStep.UNSATISFIABLE, UnsettledRequests.message(u, framework)));
        for (UnresolvedDependency missing : tree.unresolved()) {
            if (!failedIds.contains(lower(missing.id()))) {
                Diagnostic message = UnresolvedMessages.message(missing, framework, sources,
                        source -> queries.versions(source, missing.id()).join().versions());
                messages.add(RestoreStep.UNRESOLVED, withLockHint(message, missing, target));
            }
        }
        GraphMessages.findings(settled, request.projectName(), framework, messages);
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

    private static String lower(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
