package io.nugetbridge.wagon;

import io.nugetbridge.core.cache.GlobalPackagesFolder;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.resolve.DiagnosticPolicy;
import io.nugetbridge.core.resolve.FrameworkGraph;
import io.nugetbridge.core.resolve.PackageDependency;
import io.nugetbridge.core.resolve.PackageResolver;
import io.nugetbridge.core.resolve.PackageSource;
import io.nugetbridge.core.resolve.PackageSources;
import io.nugetbridge.core.resolve.ResolveRequest;
import io.nugetbridge.core.resolve.ResolveResult;
import io.nugetbridge.core.resolve.SourceMapping;
import io.nugetbridge.core.resolve.TargetFrameworkRequest;
import io.nugetbridge.core.restore.GlobalPackagesSource;
import io.nugetbridge.core.repository.MavenRepositoryView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.MavenExecutionException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NuGet's rules for the NuGet packages of a Maven build. Before Maven resolves anything, each project's direct
 * {@code nupkg} dependencies are resolved as PackageReferences for the wagon's target framework by nuget-core's
 * resolver, through the same feeds, view and global packages folder the wagon serves Maven from; the versions it
 * chose are then written into the project's model ({@link ManagedNuGetVersions}), so Maven's own mediation
 * ("nearest wins", "first declaration wins", the highest inside a range) has nothing left to choose. NuGet's
 * diagnostics are logged with their codes; an error fails the build as NuGet's restore fails.
 *
 * <p>Why a lifecycle participant and not a Resolver {@code DependencyGraphTransformer} or {@code DependencyManager}:
 * the participant is an extension point with one shape on Maven 3.8 (Resolver 1.6), 3.9 (1.9) and 4.0 (2.0), it
 * is found in a build extension's realm (where the wagon already is) as well as a core extension's, and it works
 * on the project model, which every Maven version reads when it collects dependencies. A transformer would see the
 * graph only after Maven chose versions (and read the POMs of the losers), and the session's manager cannot be
 * replaced from a build extension. The cost is one NuGet resolution per project, reading the nuspecs the POMs are
 * made from anyway (the view keeps them).
 *
 * <p>{@code -Dnuget.mavenMediation=true} leaves Maven's mediation as it was.
 */
public class NuGetMediation extends AbstractMavenLifecycleParticipant {

    /** The opt-out: Maven's own mediation for NuGet packages too. */
    static final String MAVEN_MEDIATION = "nuget.mavenMediation";
    /** Codes whose warnings are not shown, comma-separated (NuGet's NoWarn). */
    static final String NO_WARN = "nuget.noWarn";

    private static final Logger LOG = LoggerFactory.getLogger("io.nugetbridge.wagon.NuGetMediation");

    /** Injected by Plexus (components.xml): the state the wagons of this run share. */
    private WagonServices services;

    public NuGetMediation() {}

    NuGetMediation(WagonServices services) {
        this.services = services;
    }

    @Override
    public void afterProjectsRead(MavenSession session) throws MavenExecutionException {
        if (MavenFeeds.property(session, MAVEN_MEDIATION).map(Boolean::parseBoolean).orElse(false)) {
            LOG.debug("nuget.mavenMediation=true: Maven's own mediation for NuGet packages");
            return;
        }
        // One resolver per set of feeds: each asks a feed about an id once, however many projects need it.
        Map<List<MavenRepositoryView>, PackageResolver> resolvers = new HashMap<>();
        List<String> failures = new ArrayList<>();
        try {
            for (MavenProject project : session.getProjects()) {
                List<PackageDependency> references = NupkgDependencies.references(project);
                if (references.isEmpty()) {
                    continue;
                }
                MavenFeeds mavenFeeds = new MavenFeeds(services, session);
                List<MavenFeeds.Repository> repositories = mavenFeeds.of(project.getRemoteProjectRepositories());
                if (repositories.isEmpty()) {
                    continue;
                }
                NuGetFramework framework = repositories.get(0).settings().targetFramework();
                Set<String> noWarn = noWarn(session);
                GlobalPackagesFolder packages = services.packagesFolder(repositories.get(0).settings());
                MediationCache cache = new MediationCache(buildFolder(project));
                String inputs = MediationCache.inputsHash(inputs(project, framework, repositories, packages, noWarn));
                Optional<NuGetChoice> kept = cache.read(inputs, packages);
                if (kept.isPresent()) {
                    // Nothing changed since the last build and its packages are installed: NuGet's no-op restore,
                    // without a feed, an HTTP client or a resolver.
                    kept.get().warnings().forEach(LOG::warn);
                    ManagedNuGetVersions.apply(project.getModel(), kept.get());
                    services.useSpellings(kept.get().ownSpellings());
                    continue;
                }
                List<FeedConnection> feeds = repositories.stream().map(mavenFeeds::connect).toList();
                PackageResolver resolver = resolvers.computeIfAbsent(feeds.stream().map(FeedConnection::view).toList(),
                        views -> new PackageResolver(sources(feeds, session.isOffline())));
                ProjectOutcome outcome = mediate(project.getModel(), project.getArtifactId(), references, framework,
                        policy(noWarn), resolver);
                outcome.result().warnings().forEach(warning -> LOG.warn(warning.toString()));
                if (outcome.failed()) {
                    failures.add("NuGet cannot resolve the nupkg dependencies of " + project.getId() + " ("
                            + project.getFile() + ") for " + framework.shortFolderName() + ":\n"
                            + outcome.result().errors().stream().map(Object::toString).collect(Collectors.joining("\n")));
                } else {
                    services.useSpellings(outcome.choice().ownSpellings());
                    cache.write(inputs, outcome.choice());
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new MavenExecutionException(e.getMessage(), e);
        } finally {
            resolvers.values().forEach(PackageResolver::close);
        }
        if (!failures.isEmpty()) {
            throw new MavenExecutionException(String.join("\n", failures) + "\nThese are NuGet's rules, as dotnet restore"
                    + " applies them; -D" + MAVEN_MEDIATION + "=true leaves NuGet packages to Maven's mediation instead.",
                    (java.io.File) null);
        }
    }

    /** What NuGet made of one project's references, and its choice when it succeeded. */
    record ProjectOutcome(ResolveResult result, NuGetChoice choice) {
        boolean failed() {
            return !result.succeeded();
        }
    }

    /**
     * Resolves a project's references as NuGet would for {@code framework} and, when NuGet succeeds, writes the
     * versions into {@code model}; when it fails, leaves the model as it was.
     */
    static ProjectOutcome mediate(Model model, String projectName, List<PackageDependency> references,
            NuGetFramework framework, DiagnosticPolicy policy, PackageResolver resolver) {
        long start = System.nanoTime();
        ResolveResult result = resolver.resolve(ResolveRequest.of(projectName,
                List.of(TargetFrameworkRequest.of(framework, references))).withPolicy(policy));
        if (!result.succeeded()) {
            return new ProjectOutcome(result, null);
        }
        FrameworkGraph graph = result.graph(framework).orElseThrow();
        NuGetChoice choice = NuGetChoice.of(graph, result.warnings());
        ManagedNuGetVersions.apply(model, choice);
        LOG.debug("NuGet resolved {} packages for {} ({}) in {} ms", graph.packages().size(), projectName,
                framework.shortFolderName(), (System.nanoTime() - start) / 1_000_000);
        return new ProjectOutcome(result, choice);
    }

    /**
     * The global packages folder first, then the repositories in the project's order, as NuGet takes them: a
     * version already in the folder that a range starts at asks no feed. Offline, only the folder.
     */
    private static PackageSources sources(List<FeedConnection> feeds, boolean offline) {
        Map<Path, PackageSource> local = new LinkedHashMap<>();
        feeds.forEach(feed -> local.computeIfAbsent(feed.packages().root(), root -> GlobalPackagesSource.of(feed.packages())));
        List<PackageSource> remote = offline ? List.of() : feeds.stream().<PackageSource>map(ViewPackageSource::new).toList();
        return new PackageSources(List.copyOf(local.values()), remote, SourceMapping.NONE);
    }

    /** The .NET SDK's default: downgrades (NU1605) fail; {@code nuget.noWarn} silences codes. */
    private static DiagnosticPolicy policy(Set<String> noWarn) {
        return new DiagnosticPolicy(noWarn, Set.of(), false).withDowngradesAsErrors();
    }

    private static Set<String> noWarn(MavenSession session) {
        return MavenFeeds.property(session, NO_WARN)
                .map(list -> Arrays.stream(list.split("[,;]")).map(String::trim).filter(c -> !c.isEmpty())
                        .map(c -> c.toUpperCase(java.util.Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new)))
                .orElse(new TreeSet<>());
    }

    private static Path buildFolder(MavenProject project) {
        return project.getBuild() != null && project.getBuild().getDirectory() != null
                ? Path.of(project.getBuild().getDirectory()) : project.getBasedir().toPath().resolve("target");
    }

    /** What a project's resolution depends on, for {@link MediationCache}: a change to any of these resolves again. */
    private static List<String> inputs(MavenProject project, NuGetFramework framework,
            List<MavenFeeds.Repository> repositories, GlobalPackagesFolder packages, Set<String> noWarn) {
        List<String> inputs = new ArrayList<>();
        inputs.add("framework " + framework.shortFolderName());
        NupkgDependencies.declared(project).forEach(d -> inputs.add("reference " + d.getArtifactId() + " " + d.getVersion()));
        repositories.forEach(r -> inputs.add("source " + r.location().repositoryId() + " " + r.location().location()));
        inputs.add("packages " + packages.root());
        inputs.add("noWarn " + String.join(",", noWarn));
        return inputs;
    }
}
