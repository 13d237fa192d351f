package io.nugetbridge.core.resolve;

import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.version.NuGetVersion;
import io.nugetbridge.core.version.VersionRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random package graph and a project restoring it, the same for the same seed: for the differential tests of
 * the graph walker against the tree walker. Ids depend mostly on later ids (shared dependencies at several
 * depths) and sometimes on earlier ones or themselves (cycles); several versions of an id with different
 * dependencies (cousins, conflicts, what a rejected version brings); ranges of every shape, prereleases, missing
 * ids and versions (NU1101, NU1102, NU1103, NU1603), exclusive and missing lower bounds (NU1602, NU1604),
 * duplicate declarations, dependency groups per framework and for AssetTargetFallback, floats, lock-file pins,
 * several sources, a local folder, and sources answering after random pauses.
 */
final class RandomGraph {

    private static final String[] VERSIONS = {"0.9.0", "1.0.0", "1.1.0", "1.5.0-beta.1", "2.0.0", "2.1.0", "3.0.0-rc.1", "3.0.0"};
    private static final String[] FRAMEWORKS = {"net8.0", "netstandard2.0", "net48"};
    private static final String[] GROUPS = {"net8.0", "netstandard2.0", "net48", "net45", "net6.0"};
    private static final String[] FLOATS = {"1.*", "*", "2.0.*", "*-*", "1.0.0-*", "[1.*, 3.0)"};

    private final Random random;
    private final int idCount;
    private final boolean wide;
    private final Map<String, List<String>> versionsOf = new HashMap<>();
    private final StringBuilder description = new StringBuilder();
    private final List<String> ids = new ArrayList<>();
    final List<MemorySource> remote = new ArrayList<>();
    final List<MemorySource> local = new ArrayList<>();
    final ResolveRequest request;

    RandomGraph(long seed) {
        random = new Random(seed);
        // One graph in eight is wide and deep without back edges: many paths to share.
        wide = random.nextInt(8) == 0;
        idCount = wide ? 10 + random.nextInt(5) : 2 + random.nextInt(8);
        for (int i = 0; i < idCount; i++) {
            ids.add(String.valueOf((char) ('A' + i)));
            if (random.nextInt(10) != 0) {
                versionsOf.put(ids.get(i), pick(VERSIONS, 1 + random.nextInt(4)));
            }
        }
        boolean jitter = random.nextInt(10) == 0;
        MemorySource first = jitter ? MemorySource.jitteryFeed("one", 1, seed) : MemorySource.feed("one");
        remote.add(first);
        MemorySource second = null;
        if (random.nextInt(4) == 0) {
            second = random.nextBoolean() ? MemorySource.folder("two") : jitter ? MemorySource.jitteryFeed("two", 1, seed * 7) : MemorySource.feed("two");
            remote.add(second);
        }
        MemorySource folder = random.nextInt(5) == 0 ? MemorySource.folder("global") : null;
        if (folder != null) {
            local.add(folder);
        }
        Map<String, NuGetVersion> locked = new HashMap<>();
        for (int i = 0; i < idCount; i++) {
            List<String> versions = versionsOf.get(ids.get(i));
            if (versions == null) {
                description.append(ids.get(i)).append(": on no source\n");
                continue;
            }
            for (String version : versions) {
                Map<String, List<String>> groups = groups(i);
                description.append(ids.get(i)).append(' ').append(version).append(' ').append(groups);
                int where = second == null ? 0 : random.nextInt(3);
                if (where != 1) {
                    first.addGroups(ids.get(i), version, groups);
                }
                if (where != 0) {
                    second.addGroups(ids.get(i), version, groups);
                    description.append(where == 1 ? " (on two only)" : " (on both)");
                }
                if (folder != null && random.nextInt(3) == 0) {
                    folder.addGroups(ids.get(i), version, groups);
                    description.append(" (and in the local folder)");
                }
                description.append('\n');
                if (random.nextInt(15) == 0) {
                    locked.put(ids.get(i), NuGetVersion.parse(version));
                }
            }
        }
        List<String> project = new ArrayList<>();
        int direct = 1 + random.nextInt(Math.min(4, idCount));
        for (int d = 0; d < direct; d++) {
            String id = ids.get(random.nextInt(idCount));
            project.add(id + " " + (random.nextInt(6) == 0 ? FLOATS[random.nextInt(FLOATS.length)] : range(id)));
        }
        List<NuGetFramework> frameworks = new ArrayList<>();
        for (String framework : pick(FRAMEWORKS, 1 + random.nextInt(FRAMEWORKS.length))) {
            frameworks.add(NuGetFramework.parse(framework));
        }
        Collections.shuffle(frameworks, random);
        List<TargetFrameworkRequest> targets = new ArrayList<>();
        for (NuGetFramework framework : frameworks) {
            targets.add(TargetFrameworkRequest.of(framework, Restore.dependencies(project.toArray(String[]::new)))
                    .withLockedVersions(locked));
        }
        ResolveRequest made = ResolveRequest.of("Project", targets).withLockFileEnabled(!locked.isEmpty());
        request = random.nextInt(5) == 0 ? made.withPolicy(DiagnosticPolicy.DEFAULT.withDowngradesAsErrors()) : made;
        description.append("project ").append(project).append(" for ").append(frameworks).append(" locked ").append(locked);
    }

    /** What the sources hold and what the project asks, for a failure message. */
    String describe() {
        return description.toString();
    }

    PackageSources sources() {
        return new PackageSources(List.copyOf(local), List.copyOf(remote), SourceMapping.NONE);
    }

    /** Mostly a group for any framework; sometimes groups for some frameworks only (or none fitting). */
    private Map<String, List<String>> groups(int own) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        if (random.nextInt(10) < 7) {
            groups.put("", dependencies(own));
        } else {
            for (String framework : pick(GROUPS, random.nextInt(GROUPS.length))) {
                groups.put(framework, dependencies(own));
            }
        }
        return groups;
    }

    private List<String> dependencies(int own) {
        List<String> dependencies = new ArrayList<>();
        int count = random.nextInt(wide ? 5 : 4);
        for (int d = 0; d < count; d++) {
            int target;
            if (own + 1 < idCount && (wide || random.nextInt(10) < 9)) {
                target = own + 1 + random.nextInt(idCount - own - 1);
            } else if (wide) {
                break;
            } else {
                target = random.nextInt(idCount);
            }
            dependencies.add(ids.get(target) + " " + range(ids.get(target)));
        }
        if (!dependencies.isEmpty() && random.nextInt(20) == 0) {
            String id = dependencies.get(0).split(" ")[0];
            dependencies.add(id + " " + range(id)); // declared twice
        }
        return dependencies;
    }

    /** A range of one of NuGet's shapes, mostly from the id's own versions, sometimes from versions it lacks. */
    private String range(String id) {
        List<String> own = versionsOf.get(id);
        String low = own != null && random.nextInt(10) < 7 ? own.get(random.nextInt(own.size())) : VERSIONS[random.nextInt(VERSIONS.length)];
        String high = VERSIONS[random.nextInt(VERSIONS.length)];
        if (NuGetVersion.parse(high).compareTo(NuGetVersion.parse(low)) <= 0) {
            high = "4.0.0";
        }
        String range = switch (random.nextInt(9)) {
            case 0 -> "[" + low + "]";
            case 1 -> "[" + low + ", " + high + ")";
            case 2 -> "(" + low + ", )";
            case 3 -> "(, " + high + "]";
            case 4 -> "[" + low + ", " + high + "]";
            case 5 -> "(" + low + ", " + high + ")";
            default -> low;
        };
        VersionRange.parse(range); // every range made is valid
        return range;
    }

    private List<String> pick(String[] from, int count) {
        List<String> all = new ArrayList<>(List.of(from));
        Collections.shuffle(all, random);
        List<String> picked = new ArrayList<>(all.subList(0, Math.min(count, all.size())));
        picked.sort((a, b) -> indexOf(from, a) - indexOf(from, b));
        return picked;
    }

    private static int indexOf(String[] values, String value) {
        return List.of(values).indexOf(value);
    }
}
