package io.nugetbridge.core.packaging;

import java.util.regex.Pattern;

/**
 * NuGet's wildcards in {@code <file src>} and {@code exclude} ({@code PathResolver.WildcardToRegex}, as
 * on Unix): {@code **}{@code /} and {@code **} match any run of characters including slashes, {@code *}
 * matches within one segment (and may swallow one trailing slash, as NuGet's does), {@code ?} matches
 * one character; matching ignores case. Paths are compared with forward slashes.
 */
final class Wildcards {

    private Wildcards() {}

    static boolean hasWildcard(String pattern) {
        return pattern.indexOf('*') >= 0;
    }

    /** The pattern as a case-insensitive regular expression that must match a whole path. */
    static Pattern compile(String pattern) {
        return Pattern.compile(translate(pattern), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A pattern for paths below {@code literalPrefix} (matched as written, but ignoring case). */
    static Pattern compile(String literalPrefix, String pattern) {
        return Pattern.compile(Pattern.quote(literalPrefix) + translate(pattern),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static String translate(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            String replacement = null;
            int length = 1;
            if (pattern.startsWith("**/", i)) {
                replacement = ".*";
                length = 3;
            } else if (pattern.startsWith("**", i)) {
                replacement = ".*";
                length = 2;
            } else if (c == '*') {
                replacement = "[^/]*(/)?";
            } else if (c == '?') {
                replacement = ".";
            }
            if (replacement == null) {
                literal.append(c);
            } else {
                flush(literal, regex);
                regex.append(replacement);
            }
            i += length;
        }
        flush(literal, regex);
        return regex.toString();
    }

    private static void flush(StringBuilder literal, StringBuilder regex) {
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }
}
