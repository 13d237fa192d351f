package io.nugetbridge.core.spec;

/**
 * A nuspec that cannot be read: malformed XML, a structure NuGet refuses, or a DTD.
 *
 * <p>The message always names the source (a path, or an entry inside a package) and, where known, the
 * line and column, so a user can go straight to the spot.
 */
public final class NuspecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    public NuspecException(String source, int line, int column, String problem) {
        this(source, line, column, problem, null);
    }

    public NuspecException(String source, int line, int column, String problem, Throwable cause) {
        super(format(source, line, column, problem), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The file or package entry the nuspec came from. */
    public String source() {
        return source;
    }

    /** 1-based line of the problem, or -1 when not known. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or -1 when not known. */
    public int column() {
        return column;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }

    private static String format(String source, int line, int column, String problem) {
        if (line < 1) {
            return source + ": " + problem;
        }
        return source + " (line " + line + ", column " + column + "): " + problem;
    }
}
