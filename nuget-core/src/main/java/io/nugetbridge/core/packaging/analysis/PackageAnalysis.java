package io.nugetbridge.core.packaging.analysis;

import io.nugetbridge.core.packaging.PackageReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * NuGet's package analysis, which {@code nuget pack} and {@code dotnet pack} run on each package they have written
 * (NuGet.Commands/CommandRunners/PackCommandRunner.cs, {@code AnalyzePackage}), with the rules of
 * NuGet.Packaging/Rules/RuleSet.cs {@code PackageCreationRuleSet}, in its order. Each rule's findings are
 * ordered by code, as NuGet orders them. Texts are NuGet's (AnalysisResources.resx), with {@code \n} between
 * lines and no trailing line break.
 */
public final class PackageAnalysis {

    private static final List<PackageRule> RULES = List.of(
            new InvalidFrameworkFolderRule(),
            new AssemblyDirectlyUnderLibRule(),
            new AssemblyOutsideLibRule(),
            new ScriptOutsideToolsRule(),
            new TransformOutsideContentRule(),
            new InitScriptOutsideToolsRule(),
            new WinRTFolderRule(),
            new SampleManifestValuesRule(),
            new PlaceholderInNonEmptyFolderRule(),
            new PrereleaseDependencyRule(),
            new UnspecifiedDependencyVersionRule(),
            new UnrecognizedScriptRule(),
            new PathTooLongRule(),
            new UnrecognizedLicenseRule(),
            new LicenseUrlDeprecatedRule(),
            new NoLibOrRefFolderRule(),
            new DependencyGroupsMatchFrameworksRule(),
            new BuildFileNamingRule(),
            new ReferencesMatchRefFolderRule(),
            new UndottedFrameworkRule(),
            new IconUrlDeprecatedRule());

    private PackageAnalysis() {}

    /** What NuGet warns about a package, in NuGet's order. */
    public static List<PackWarning> analyze(AnalyzedPackage pkg) {
        List<PackWarning> warnings = new ArrayList<>();
        for (PackageRule rule : RULES) {
            rule.check(pkg).stream().sorted(Comparator.comparing(PackWarning::code)).forEach(warnings::add);
        }
        return warnings;
    }

    /** What NuGet warns about a {@code .nupkg} on disk. */
    public static List<PackWarning> analyze(Path nupkg) {
        try (PackageReader reader = PackageReader.open(nupkg)) {
            return analyze(AnalyzedPackage.of(reader));
        }
    }

    /**
     * NuGet's one best-practice notice (Rules/BestPractice/MissingReadmeRule.cs, a message, not a warning; newer
     * than NuGet.exe 5.8): a package without a readme.
     */
    public static Optional<String> readmeNotice(AnalyzedPackage pkg) {
        if (pkg.metadata().readme() != null) {
            return Optional.empty();
        }
        return Optional.of("The package " + pkg.id() + "." + pkg.version().toNormalizedString() + " is missing a readme."
                + " Go to https://aka.ms/nuget/authoring-best-practices/readme to learn why package readmes are important.");
    }
}
