package io.nugetbridge.core.project;

import io.nugetbridge.core.frameworks.FrameworkCompatibility;
import io.nugetbridge.core.frameworks.NuGetFramework;
import io.nugetbridge.core.xml.XmlElement;
import io.nugetbridge.core.xml.XmlFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Expands {@code $(Name)} in MSBuild text, and the few property functions restore inputs use:
 * {@code $([MSBuild]::IsTargetFrameworkCompatible(a, b))}, {@code GetTargetFrameworkIdentifier},
 * {@code GetPathOfFileAbove} and {@code GetDirectoryNameOfFileAbove}. Anything else inside {@code $( )} is
 * refused with the file and line, rather than silently read wrong.
 */
final class MsBuildExpander {

    /** How deep property functions and conditions may nest; real project files use two or three levels. */
    static final int MAX_NESTING = 100;

    /** The most characters an expanded value may have: far above any real property, below a self-doubling one's 2^n. */
    static final int MAX_VALUE_CHARS = 1024 * 1024;

    private final MsBuildProperties properties;
    private final XmlElement where;
    private int depth;

    MsBuildExpander(MsBuildProperties properties, XmlElement where) {
        this.properties = properties;
        this.where = where;
    }

    String expand(String text) {
        if (text == null || !text.contains("$(")) {
            return text;
        }
        if (++depth > MAX_NESTING) {
            throw new XmlFileException(where.file(), where.line(), "'" + MsBuildCondition.abbreviated(text) + "' has"
                    + " property functions nested more than " + MAX_NESTING + " deep; simplify it");
        }
        try {
            return expandOuter(text);
        } finally {
            depth--;
        }
    }

    private String expandOuter(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf("$(", i);
            if (start < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, start);
            int end = closing(text, start + 1);
            out.append(evaluate(text.substring(start + 2, end).trim()));
            if (out.length() > MAX_VALUE_CHARS) {
                throw new XmlFileException(where.file(), where.line(), "<" + where.name() + "> grows past "
                        + MAX_VALUE_CHARS + " characters when its $(...) are expanded (the cap on an expanded value);"
                        + " does a property keep appending itself?");
            }
            i = end + 1;
        }
        return out.toString();
    }

    private String evaluate(String inner) {
        if (inner.startsWith("[MSBuild]::")) {
            int open = inner.indexOf('(');
            if (open < 0 || !inner.endsWith(")")) {
                throw unsupported(inner);
            }
            String function = inner.substring("[MSBuild]::".length(), open).trim();
            List<String> args = arguments(inner.substring(open + 1, inner.length() - 1));
            return function(function, args, inner);
        }
        if (!inner.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
            throw unsupported(inner);
        }
        return properties.get(inner);
    }

    private String function(String name, List<String> args, String inner) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "istargetframeworkcompatible" -> {
                requireArgs(args, 2, inner);
                return Boolean.toString(FrameworkCompatibility.isCompatible(NuGetFramework.parse(args.get(0)),
                        NuGetFramework.parse(args.get(1))));
            }
            case "gettargetframeworkidentifier" -> {
                requireArgs(args, 1, inner);
                return NuGetFramework.parse(args.get(0)).identifier();
            }
            case "getpathoffileabove" -> {
                requireArgs(args, 2, inner);
                return fileAbove(args.get(1), args.get(0)).map(Path::toString).orElse("");
            }
            case "getdirectorynameoffileabove" -> {
                requireArgs(args, 2, inner);
                return fileAbove(args.get(0), args.get(1)).map(p -> p.getParent().toString()).orElse("");
            }
            default -> throw unsupported(inner);
        }
    }

    /** The nearest {@code name} in {@code directory} or above it. */
    private Optional<Path> fileAbove(String directory, String name) {
        Path start = directory.isBlank() ? where.file().toAbsolutePath().getParent() : Path.of(directory);
        start = where.file().toAbsolutePath().getParent().resolve(start).normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private List<String> arguments(String text) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                String arg = text.substring(from, i).trim();
                if (arg.length() >= 2 && (arg.startsWith("'") && arg.endsWith("'") || arg.startsWith("\"") && arg.endsWith("\""))) {
                    arg = arg.substring(1, arg.length() - 1);
                }
                args.add(expand(arg));
                from = i + 1;
            }
        }
        return args;
    }

    private int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '(') {
                depth++;
            } else if (text.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        throw new XmlFileException(where.file(), where.line(), "'" + MsBuildCondition.abbreviated(text) + "' has a '$(' without its closing ')'");
    }

    private void requireArgs(List<String> args, int count, String inner) {
        if (args.size() != count) {
            throw new XmlFileException(where.file(), where.line(), "$(" + inner + ") needs " + count + " arguments");
        }
    }

    private XmlFileException unsupported(String inner) {
        return new XmlFileException(where.file(), where.line(), "$(" + MsBuildCondition.abbreviated(inner) + ") is an MSBuild property function the"
                + " restore goal does not evaluate; use a plain property or a literal value here, or give the frameworks"
                + " and packages in the goal's configuration instead");
    }
}
