package io.nugetbridge.core.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * NuGet's {@code %VAR%} expansion of config values, which is .NET's
 * {@code Environment.ExpandEnvironmentVariables}: a defined variable is replaced, an undefined one is
 * left exactly as written ({@code %GITHUB_ACTORi%} stays that text), and its closing {@code %} may open
 * the next reference. {@code $VAR} and {@code ${VAR}} are never expanded, in NuGet or here.
 */
final class ValueExpander {

    /**
     * The most characters one value may expand to. .NET and NuGet set no limit, but a real value is a URL, a
     * path or a token (a Windows environment variable holds at most 32,767 characters); 20,000 references to a
     * 100 KiB variable once expanded to 2 GB and ended Maven with an OutOfMemoryError.
     */
    static final int MAX_EXPANDED_CHARS = 1024 * 1024;

    private final Map<String, String> environment;

    ValueExpander(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /**
     * The value with its variables expanded.
     *
     * @param file the nuget.config it comes from, @param line its line and @param key its key, for the message
     *             when the expansion grows past {@link #MAX_EXPANDED_CHARS}
     */
    String expand(String value, Path file, int line, String key) {
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
            if (out.length() > MAX_EXPANDED_CHARS) {
                throw tooLarge(file, line, key);
            }
            String name = value.substring(start + 1, end);
            String replacement = name.isEmpty() ? null : environment.get(name);
            if (replacement != null) {
                if (out.length() + replacement.length() > MAX_EXPANDED_CHARS) {
                    throw tooLarge(file, line, key);
                }
                out.append(replacement);
                i = end + 1;
            } else {
                out.append('%').append(name);
                i = end; // the closing % may start the next reference, as in .NET
            }
        }
        return out.toString();
    }

    private static ConfigException tooLarge(Path file, int line, String key) {
        return new ConfigException(file, line, "the value of '" + key + "' grows past " + MAX_EXPANDED_CHARS
                + " characters when its %VARIABLES% are expanded (the cap on an expanded value); a real setting"
                + " never needs that much, so check the %...% references in it and the environment variables they name");
    }
}
