package io.nugetbridge.core.packaging.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a pack does with its warnings, as NuGet's {@code PackCollectorLogger} does with the {@code NoWarn},
 * {@code WarningsAsErrors} and {@code TreatWarningsAsErrors} properties: a warning whose code is in NoWarn is
 * dropped; otherwise, when all warnings or its code are errors, it becomes an error (and the pack fails).
 * Lists are MSBuild's: codes separated by {@code ;} or {@code ,}, any case, blanks ignored; entries that are no
 * NuGet code ({@code CS1591}) are ignored as NuGet ignores them.
 */
public record PackWarningPolicy(Set<String> noWarn, Set<String> warningsAsErrors, boolean treatWarningsAsErrors) {

    public static final PackWarningPolicy DEFAULT = new PackWarningPolicy(Set.of(), Set.of(), false);

    private static final Pattern NUGET_CODE = Pattern.compile("NU\\d{4}");
    private static final Pattern LEADING_CODE = Pattern.compile("^(NU\\d{4}): ");

    public PackWarningPolicy {
        noWarn = Set.copyOf(noWarn);
        warningsAsErrors = Set.copyOf(warningsAsErrors);
    }

    /** The codes of MSBuild-style lists ({@code "NU5125;NU5048"}, {@code "nu5128, NU5130"}). */
    public static Set<String> codes(String... lists) {
        return Stream.of(lists).filter(l -> l != null)
                .flatMap(l -> Arrays.stream(l.split("[;,]")))
                .map(c -> c.strip().toUpperCase(Locale.ROOT))
                .filter(c -> NUGET_CODE.matcher(c).matches())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** This policy with more codes silenced and promoted. */
    public PackWarningPolicy plus(Set<String> moreNoWarn, Set<String> moreAsErrors, boolean allAsErrors) {
        return new PackWarningPolicy(union(noWarn, moreNoWarn), union(warningsAsErrors, moreAsErrors),
                treatWarningsAsErrors || allAsErrors);
    }

    public boolean silences(String code) {
        return noWarn.contains(code.toUpperCase(Locale.ROOT));
    }

    public boolean promotes(String code) {
        return treatWarningsAsErrors || warningsAsErrors.contains(code.toUpperCase(Locale.ROOT));
    }

    /** Whether a log line that starts with a code ({@code NU5119: ...}) is a silenced warning. */
    public boolean silencesLine(String message) {
        Matcher code = LEADING_CODE.matcher(message);
        return code.find() && silences(code.group(1));
    }

    /** Whether a log line that starts with a code is a warning to treat as an error. */
    public boolean promotesLine(String message) {
        Matcher code = LEADING_CODE.matcher(message);
        return code.find() && promotes(code.group(1));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
