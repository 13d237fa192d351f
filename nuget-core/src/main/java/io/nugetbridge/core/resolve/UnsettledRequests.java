package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.NuGetFramework;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests conflict resolution could not settle, NU1106 (NuGet's {@code RestoreTargetGraph.Create} and
 * {@code ProjectRestoreCommand.ResolutionSucceeded}): when NuGet's patience runs out, every node still only
 * acceptable is a request for its id that nothing satisfied. That happens when disputes wait on each other (X
 * 1.0 wants Y 2.0 while Y 1.0 wants X 2.0, each below a cousin): what lies below a disputed id waits, so neither
 * is ever decided.
 *
 * <p>This is the resolver NuGet has always had and still uses with a lock file or
 * {@code RestoreUseLegacyDependencyResolver}; NuGet.exe 5.8 reports these NU1106 as here. The rewrite that .NET 9's
 * NuGet uses otherwise ({@code DependencyGraphResolver}) hands no such conflicts on, so it never reports NU1106.
 *
 * <p>Collected node by node in breadth-first order, as NuGet does: the ids keep the spelling of the request and
 * are told apart by case (NuGet's dictionary of them is ordinal), and every node adds its request, so one that
 * occurs on several paths is listed as often. A message lists at most {@link #MAX_PER_ID} requests and counts the
 * rest, since a graph whose disputes stall may repeat them along every path.
 */
final class UnsettledRequests {

    static final int MAX_PER_ID = 50;

    /** The requests for one id: the first ones as NuGet prints them, and how many more there were. */
    record Unsettled(String id, List<String> requests, int more) {

        Unsettled {
            requests = List.copyOf(requests);
        }
    }

    private final Map<String, List<String>> requests = new LinkedHashMap<>();
    private final Map<String, Integer> more = new LinkedHashMap<>();

    /**
     * One node still acceptable.
     *
     * @param requestor the item of the node's parent (the node's own item for the project)
     * @param asked     what the node asked for
     */
    void add(ResolvedItem requestor, PackageDependency asked) {
        List<String> known = requests.computeIfAbsent(asked.id(), k -> new ArrayList<>());
        if (known.size() < MAX_PER_ID) {
            known.add(asked + " (via " + identity(requestor) + ")");
        } else {
            more.merge(asked.id(), 1, Integer::sum);
        }
    }

    List<Unsettled> build() {
        List<Unsettled> all = new ArrayList<>();
        requests.forEach((id, texts) -> all.add(new Unsettled(id, texts, more.getOrDefault(id, 0))));
        return List.copyOf(all);
    }

    /** NU1106 in NuGet's words ({@code Log_ResolverConflict}, {@code ResolverRequest.ToString}). */
    static Diagnostic message(Unsettled unsettled, NuGetFramework framework) {
        String requests = String.join(", ", unsettled.requests())
                + (unsettled.more() > 0 ? ", and " + unsettled.more() + " more" : "");
        return Diagnostic.error(Codes.NU1106, "Unable to satisfy conflicting requests for '" + unsettled.id() + "': "
                + requests + " Framework: (" + framework.dotNetFrameworkName() + ")", unsettled.id(), framework);
    }

    /** NuGet's {@code LibraryIdentity.ToString}: {@code package/A 1.0.0}. */
    private static String identity(ResolvedItem item) {
        String type = switch (item.kind()) {
            case PROJECT -> "project";
            case PACKAGE -> "package";
            case UNRESOLVED -> "unresolved";
        };
        return type + "/" + item.id() + (item.version() == null ? "" : " " + item.version().toNormalizedString());
    }
}
