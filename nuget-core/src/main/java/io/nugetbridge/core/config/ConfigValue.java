package io.nugetbridge.core.config;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One {@code <add key value>} of a key/value section, its value expanded, with the file and line it
 * comes from (relative paths are relative to that file's folder).
 */
public record ConfigValue(String key, String value, Path declaredIn, int line) {

    /** The value as a path: absolute as written, or resolved against the declaring file's folder. */
    public Path asPath() {
        return ConfigPaths.resolve(value, declaredIn);
    }

    /**
     * The value as a boolean, as .NET's {@code bool.Parse} reads it ({@code true}/{@code false} in any
     * case); anything else is an error naming the file and line.
     */
    public boolean asBoolean() {
        String trimmed = value.trim();
        if (trimmed.equalsIgnoreCase("true")) {
            return true;
        }
        if (trimmed.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ConfigException(declaredIn, line, "'" + key + "' is '" + value + "'; it must be true or false");
    }

    /** Values of keys that name a password are not shown, even encrypted ones. */
    @Override
    public String toString() {
        boolean secret = key.toLowerCase(Locale.ROOT).contains("password");
        return key + "=" + (secret ? "***" : value) + " (" + declaredAt() + ")";
    }

    /** Where it is declared, for messages. */
    public String declaredAt() {
        return declaredIn + " line " + line;
    }
}
