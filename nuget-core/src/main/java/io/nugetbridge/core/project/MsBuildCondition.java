package io.nugetbridge.core.project;

import io.nugetbridge.core.xml.XmlElement;
import io.nugetbridge.core.xml.XmlFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates an MSBuild {@code Condition}: string comparisons with {@code ==} and {@code !=} (case-insensitive,
 * as in MSBuild), {@code and}, {@code or}, {@code !}, parentheses, {@code true}/{@code false} and
 * {@code Exists('path')}, after property expansion. This covers what project files put around package
 * references ({@code '$(TargetFramework)' == 'net48'}); anything else is refused naming the file and line.
 */
final class MsBuildCondition {

    private final List<String> tokens;
    private final MsBuildExpander expander;
    private final XmlElement where;
    private final String text;
    private int position;
    private int depth;

    private MsBuildCondition(String text, MsBuildExpander expander, XmlElement where) {
        this.text = text;
        this.expander = expander;
        this.where = where;
        this.tokens = tokenize(text);
    }

    /** Whether the element's {@code Condition} holds; an element without one always applies. */
    static boolean holds(XmlElement element, MsBuildProperties properties) {
        String condition = element.attributeIgnoreCase("Condition").orElse("").trim();
        if (condition.isEmpty()) {
            return true;
        }
        MsBuildCondition parser = new MsBuildCondition(condition, new MsBuildExpander(properties, element), element);
        boolean result = parser.or();
        if (parser.position != parser.tokens.size()) {
            throw parser.unsupported();
        }
        return result;
    }

    private boolean or() {
        boolean value = and();
        while (accept("or")) {
            value = and() | value;
        }
        return value;
    }

    private boolean and() {
        boolean value = unary();
        while (accept("and")) {
            value = unary() & value;
        }
        return value;
    }

    private boolean unary() {
        if (accept("!")) {
            return !nested(this::unary);
        }
        if (accept("(")) {
            boolean value = nested(this::or);
            expect(")");
            return value;
        }
        if (peekIgnoreCase("exists")) {
            position++;
            expect("(");
            String path = operand();
            expect(")");
            Path base = where.file().toAbsolutePath().getParent();
            return !path.isBlank() && Files.exists(base.resolve(path.replace('\\', '/')));
        }
        String left = operand();
        if (accept("==")) {
            return left.equalsIgnoreCase(operand());
        }
        if (accept("!=")) {
            return !left.equalsIgnoreCase(operand());
        }
        if (left.equalsIgnoreCase("true") || left.equalsIgnoreCase("false")) {
            return left.equalsIgnoreCase("true");
        }
        throw unsupported();
    }

    /** A parenthesised or negated part, bounded in depth so that a hostile condition cannot overflow the stack. */
    private boolean nested(java.util.function.BooleanSupplier part) {
        if (++depth > MsBuildExpander.MAX_NESTING) {
            throw new XmlFileException(where.file(), where.line(), "the condition \"" + abbreviated(text) + "\" has"
                    + " parentheses or '!' nested more than " + MsBuildExpander.MAX_NESTING + " deep; simplify it");
        }
        try {
            return part.getAsBoolean();
        } finally {
            depth--;
        }
    }

    static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    private String operand() {
        if (position >= tokens.size()) {
            throw unsupported();
        }
        String token = tokens.get(position++);
        if (token.startsWith("'")) {
            return expander.expand(token.substring(1, token.length() - 1)).trim();
        }
        if (token.startsWith("$(") || Character.isLetterOrDigit(token.charAt(0))) {
            return expander.expand(token).trim();
        }
        throw unsupported();
    }

    private boolean accept(String token) {
        if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(token)) {
            position++;
            return true;
        }
        return false;
    }

    private boolean peekIgnoreCase(String token) {
        return position < tokens.size() && tokens.get(position).toLowerCase(Locale.ROOT).equals(token);
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw unsupported();
        }
    }

    /** Quoted strings, {@code $( )} groups, operators, parentheses and words. */
    private List<String> tokenize(String condition) {
        List<String> result = new ArrayList<>();
        int i = 0;
        while (i < condition.length()) {
            char c = condition.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                int end = condition.indexOf('\'', i + 1);
                if (end < 0) {
                    throw unsupported();
                }
                result.add(condition.substring(i, end + 1));
                i = end + 1;
            } else if (condition.startsWith("==", i) || condition.startsWith("!=", i)) {
                result.add(condition.substring(i, i + 2));
                i += 2;
            } else if (c == '!' || c == '(' || c == ')') {
                result.add(String.valueOf(c));
                i++;
            } else if (condition.startsWith("$(", i)) {
                int depth = 0;
                int j = i + 1;
                for (; j < condition.length(); j++) {
                    depth += condition.charAt(j) == '(' ? 1 : condition.charAt(j) == ')' ? -1 : 0;
                    if (depth == 0) {
                        break;
                    }
                }
                result.add(condition.substring(i, Math.min(j + 1, condition.length())));
                i = j + 1;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < condition.length() && (Character.isLetterOrDigit(condition.charAt(j)) || ".-_".indexOf(condition.charAt(j)) >= 0)) {
                    j++;
                }
                result.add(condition.substring(i, j));
                i = j;
            } else {
                throw unsupported();
            }
        }
        return result;
    }

    private XmlFileException unsupported() {
        return new XmlFileException(where.file(), where.line(), "the condition \"" + abbreviated(text) + "\" uses MSBuild syntax the"
                + " restore goal does not evaluate (it reads ==, !=, and, or, !, parentheses and Exists()); simplify it,"
                + " or give the frameworks and packages in the goal's configuration instead");
    }
}
