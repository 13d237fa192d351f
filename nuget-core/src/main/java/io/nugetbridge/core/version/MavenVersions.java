package io.nugetbridge.core.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NuGet version of a Maven version, by one documented rule (the README repeats it):
 *
 * <ol>
 *   <li>The leading numbers ({@code 1}, {@code 1.2}, up to four: {@code 1.2.3.4}) are the version's
 *       numbers; missing ones are 0, so {@code 1.2} is {@code 1.2.0}. More than four numbers, or none,
 *       is an error: give the NuGet version outright.</li>
 *   <li>What follows, after one {@code -}, {@code .} or {@code _}, is the qualifier. Maven's release
 *       qualifiers {@code Final}, {@code GA} and {@code RELEASE} mean no qualifier, as Maven orders
 *       them.</li>
 *   <li>Any other qualifier becomes the prerelease label, kept as written: {@code 1.2-SNAPSHOT} is
 *       {@code 1.2.0-SNAPSHOT}, {@code 2.0-rc1} is {@code 2.0.0-rc1}, {@code 1.0-alpha-2} is
 *       {@code 1.0.0-alpha-2}. Its dots separate labels; a character NuGet does not allow in a label
 *       becomes {@code -}; a number label loses leading zeros ({@code beta.01} is {@code beta.1}),
 *       and empty labels go.</li>
 *   <li>Text after a {@code +} is build metadata, as in SemVer.</li>
 * </ol>
 * So a snapshot is a prerelease of the version it leads to, which NuGet, like Maven, orders before the
 * release. A snapshot packed twice has the same NuGet version: feeds that refuse to overwrite a
 * version want a timestamped one, e.g. Maven's deployed form {@code 1.2-20261122.101500-3}, which
 * maps to {@code 1.2.0-20261122.101500-3}.
 */
public final class MavenVersions {

    private static final Pattern NUMBERS = Pattern.compile("\\d+(\\.\\d+)*");
    private static final Pattern NOT_LABEL = Pattern.compile("[^0-9A-Za-z-]");
    private static final List<String> RELEASE_QUALIFIERS = List.of("final", "ga", "release");

    private MavenVersions() {}

    /**
     * The NuGet version of a Maven version.
     *
     * @throws IllegalArgumentException naming the version and why, when the rule cannot map it
     */
    public static NuGetVersion toNuGet(String mavenVersion) {
        String text = mavenVersion == null ? "" : mavenVersion.strip();
        Matcher numbers = NUMBERS.matcher(text);
        if (!numbers.lookingAt()) {
            throw new IllegalArgumentException("Maven version '" + text + "' does not start with a number, so it has no"
                    + " NuGet version; give one outright (e.g. 1.2.0).");
        }
        String[] parts = numbers.group().split("\\.");
        if (parts.length > 4) {
            throw new IllegalArgumentException("Maven version '" + text + "' has " + parts.length + " numbers; a NuGet"
                    + " version has at most four. Give the NuGet version outright.");
        }
        String rest = text.substring(numbers.end());
        if (!rest.isEmpty() && "-._".indexOf(rest.charAt(0)) >= 0) {
            rest = rest.substring(1);
        }
        String metadata = "";
        int plus = rest.indexOf('+');
        if (plus >= 0) {
            metadata = labels(rest.substring(plus + 1));
            rest = rest.substring(0, plus);
        }
        String release = RELEASE_QUALIFIERS.contains(rest.toLowerCase(Locale.ROOT)) ? "" : labels(rest);
        StringBuilder version = new StringBuilder(String.join(".", parts));
        for (int i = parts.length; i < 3; i++) {
            version.append(".0");
        }
        if (!release.isEmpty()) {
            version.append('-').append(release);
        }
        if (!metadata.isEmpty()) {
            version.append('+').append(metadata);
        }
        return NuGetVersion.parse(version.toString());
    }

    private static String labels(String qualifier) {
        List<String> labels = new ArrayList<>();
        for (String label : qualifier.split("\\.")) {
            String clean = NOT_LABEL.matcher(label).replaceAll("-");
            if (clean.matches("\\d+")) {
                clean = clean.replaceFirst("^0+(?=\\d)", "");
            }
            if (!clean.isEmpty()) {
                labels.add(clean);
            }
        }
        return String.join(".", labels);
    }
}
