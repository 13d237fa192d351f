package io.nugetbridge.core.spec;

import io.nugetbridge.core.log.NuGetLog;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code $token$} replacement {@code nuget pack} applies to the raw text of an authoring nuspec
 * before parsing it as XML (section 7 of nuget-reference.md, NuGet's {@code Tokenizer}).
 *
 * <ul>
 *   <li>A token is {@code $name$} where the name is one or more word characters: letters, decimal digits
 *       and connector punctuation such as {@code _}, judged per UTF-16 char like .NET's {@code \w}.
 *       For ASCII that is {@code [A-Za-z0-9_]+}.</li>
 *   <li>Names are looked up case-insensitively.</li>
 *   <li>{@code $$} is a literal {@code $}.</li>
 *   <li>A {@code $} not followed by a well-formed name and a closing {@code $} stays as written, with
 *       the text after it (so {@code $b c$d$} gives {@code $b c} and then the token {@code d}).</li>
 *   <li>An unknown token becomes the empty string, as in NuGet; unlike NuGet, each unknown name is
 *       reported once as a warning and returned, because an empty {@code <version>} is a poor way to
 *       learn a property was missing.</li>
 *   <li>Values go in as they are, not XML-escaped, exactly as NuGet inserts them: a value may carry
 *       markup on purpose, and one holding {@code <} or {@code &} must be escaped by whoever supplies it.</li>
 * </ul>
 */
public final class TokenReplacer {

    /**
     * The replaced text and the token names that had no value (in order of first appearance, each once,
     * spelled as first seen).
     */
    public record Result(String text, Set<String> unknownTokens) {

        public Result {
            unknownTokens = Collections.unmodifiableSet(new LinkedHashSet<>(unknownTokens));
        }
    }

    private final Map<String, String> values;
    private final NuGetLog log;

    /** A replacer for these properties (names compared case-insensitively) that warns through the log. */
    public TokenReplacer(Map<String, String> properties, NuGetLog log) {
        TreeMap<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(properties);
        this.values = Collections.unmodifiableMap(byName);
        this.log = log == null ? NuGetLog.SILENT : log;
    }

    /** One-shot form of {@code new TokenReplacer(properties, log).replace(text, sourceName)}. */
    public static Result replace(String text, Map<String, String> properties, NuGetLog log, String sourceName) {
        return new TokenReplacer(properties, log).replace(text, sourceName);
    }

    /**
     * Replaces every token in the text.
     *
     * @param sourceName names the nuspec in warnings
     */
    public Result replace(String text, String sourceName) {
        StringBuilder out = new StringBuilder(text.length());
        // case-insensitive key -> spelling first seen
        Map<String, String> unknown = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
                continue;
            }
            int nameStart = i + 1;
            int j = nameStart;
            while (j < n && isWordChar(text.charAt(j))) {
                j++;
            }
            if (j < n && text.charAt(j) == '$') {
                if (j == nameStart) {
                    out.append('$'); // "$$"
                } else {
                    String name = text.substring(nameStart, j);
                    String value = values.get(name);
                    if (value == null) {
                        unknown.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                    } else {
                        out.append(value);
                    }
                }
                i = j + 1;
            } else {
                // Not a token: keep the '$', the name-like run and the char that ended it (as NuGet does),
                // so scanning resumes after that char.
                int end = Math.min(j + 1, n);
                out.append(text, i, end);
                i = end;
            }
        }
        for (String name : unknown.values()) {
            log.warn("Token $" + name + "$ in " + sourceName + " has no value and was replaced by an empty string");
        }
        return new Result(out.toString(), new LinkedHashSet<>(unknown.values()));
    }

    /** .NET's word character: letters of every kind, decimal digits and connector punctuation. */
    static boolean isWordChar(char c) {
        return switch (Character.getType(c)) {
            case Character.LOWERCASE_LETTER, Character.UPPERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.OTHER_LETTER, Character.MODIFIER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.CONNECTOR_PUNCTUATION -> true;
            default -> false;
        };
    }
}
