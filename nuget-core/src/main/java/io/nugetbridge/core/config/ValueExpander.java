package io.nugetbridge.core.config;

import java.util.Map;

/**
 * NuGet's {@code %VAR%} expansion of config values, which is .NET's
 * {@code Environment.ExpandEnvironmentVariables}: a defined variable is replaced, an undefined one is
 * left exactly as written ({@code %GITHUB_ACTORi%} stays that text), and its closing {@code %} may open
 * the next reference. {@code $VAR} and {@code ${VAR}} are never expanded, in NuGet or here.
 */
final class ValueExpander {

    private final Map<String, String> environment;

    ValueExpander(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    String expand(String value) {
        if (value == null || value.indexOf('%') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            int start = value.indexOf('%', i);
            int end = start < 0 ? -1 : value.indexOf('%', start + 1);
            if (end < 0) {
                out.append(value, i, value.length());
                break;
            }
            out.append(value, i, start);
            String name = value.substring(start + 1, end);
            String replacement = name.isEmpty() ? null : environment.get(name);
            if (replacement != null) {
                out.append(replacement);
                i = end + 1;
            } else {
                out.append('%').append(name);
                i = end; // the closing % may start the next reference, as in .NET
            }
        }
        return out.toString();
    }
}
