package io.nugetbridge.core.packaging;

import java.util.List;

/**
 * A package that was not written because its nuspec or files break NuGet's rules. Every problem found
 * is listed at once, each naming the element at fault, so one run shows everything to fix.
 */
public final class PackageValidationException extends PackageException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<PackageProblem> problems;

    public PackageValidationException(String source, List<PackageProblem> problems) {
        super(format(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The nuspec (or other origin of the metadata) the problems are in. */
    public String source() {
        return source;
    }

    public List<PackageProblem> problems() {
        return problems;
    }

    private static String format(String source, List<PackageProblem> problems) {
        StringBuilder text = new StringBuilder("Cannot pack ").append(source).append(':');
        for (PackageProblem problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem);
        }
        return text.toString();
    }
}
