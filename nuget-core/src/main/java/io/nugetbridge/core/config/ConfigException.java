package io.nugetbridge.core.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A nuget.config problem: a file that is not XML, a setting NuGet would refuse, a value we cannot use.
 * The message names the file and, where known, the line, and says what to change. It never carries a
 * password, token or API key: those are named ("the ClearTextPassword of source 'github'"), not shown.
 */
public class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public ConfigException(String message) {
        this(null, -1, message, null);
    }

    public ConfigException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    public ConfigException(Path file, int line, String problem, Throwable cause) {
        super(format(file, line, problem), cause);
        this.file = file;
        this.line = line;
    }

    /** The nuget.config file at fault, when one is. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** 1-based line in {@link #file()}, or -1 when not known. */
    public int line() {
        return line;
    }

    private static String format(Path file, int line, String problem) {
        if (file == null) {
            return problem;
        }
        return file + (line > 0 ? " (line " + line + ")" : "") + ": " + problem;
    }
}
