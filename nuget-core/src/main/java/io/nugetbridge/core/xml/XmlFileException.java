package io.nugetbridge.core.xml;

import java.nio.file.Path;

/**
 * An XML file that cannot be used: malformed, of the wrong kind, or with a value its reader refuses. The
 * message names the file and, where known, the line, and says what to change.
 */
public class XmlFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String problem;

    public XmlFileException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    public XmlFileException(Path file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? " (line " + line + ")" : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** 1-based, or -1 when not known. */
    public int line() {
        return line;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
