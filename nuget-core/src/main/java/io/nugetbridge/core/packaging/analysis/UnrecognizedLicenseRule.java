package io.nugetbridge.core.packaging.analysis;

import io.nugetbridge.core.spec.License;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * NU5124, NuGet's {@code UnrecognizedLicenseIdentifierRule}: a license id in the expression that is not on the SPDX
 * list NuGet carries ({@code NuGetLicenseData}, compared case-sensitively; a trailing {@code +} is not part of the
 * id). Exceptions after {@code WITH} are not licenses and are not looked at.
 */
final class UnrecognizedLicenseRule implements PackageRule {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9.\\-]+\\+?");
    private static final Set<String> KNOWN = load();

    @Override
    public List<PackWarning> check(AnalyzedPackage pkg) {
        License license = pkg.metadata().license();
        List<PackWarning> warnings = new ArrayList<>();
        if (license == null || license.type() != License.Type.EXPRESSION || license.text() == null) {
            return warnings;
        }
        Matcher token = TOKEN.matcher(license.text());
        boolean afterWith = false;
        while (token.find()) {
            String text = token.group();
            if (text.equals("AND") || text.equals("OR")) {
                continue;
            }
            if (text.equals("WITH")) {
                afterWith = true;
                continue;
            }
            if (afterWith) {
                afterWith = false;
                continue;
            }
            String id = !KNOWN.contains(text) && text.endsWith("+") ? text.substring(0, text.length() - 1) : text;
            if (!KNOWN.contains(id)) {
                warnings.add(new PackWarning("NU5124", "The license identifier '" + id + "' is not recognized by the"
                        + " current toolset."));
            }
        }
        return warnings;
    }

    private static Set<String> load() {
        try (InputStream in = UnrecognizedLicenseRule.class.getResourceAsStream("spdx-license-ids.txt")) {
            if (in == null) {
                throw new IllegalStateException("spdx-license-ids.txt is missing from nuget-core");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
