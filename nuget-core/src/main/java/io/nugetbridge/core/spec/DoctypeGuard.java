package io.nugetbridge.core.spec;

/**
 * Refuses any DOCTYPE before the XML parser sees the document. A nuspec never needs a DTD, and a DTD is
 * how XML external entity (XXE) and entity-expansion ("billion laughs") attacks get in, so the safest
 * thing is to find it in the prolog with a plain text scan, before anything could be resolved or
 * expanded. The parser is configured to refuse DTDs as well; this is the first line, not the only one.
 */
final class DoctypeGuard {

    static final String PROBLEM = "contains a DOCTYPE; nuspec files must not declare DTDs or entities,"
            + " so it is refused before anything is resolved";

    private DoctypeGuard() {}

    static void check(String text, String source) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\uFEFF') {
                i++;
            } else if (text.startsWith("<?", i)) {
                i = after(text, "?>", i + 2);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i + 4);
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                int[] lineColumn = lineAndColumn(text, i);
                throw new NuspecException(source, lineColumn[0], lineColumn[1], PROBLEM);
            } else {
                return; // the root element (or garbage the parser will report)
            }
        }
    }

    private static int after(String text, String terminator, int from) {
        int end = text.indexOf(terminator, from);
        return end < 0 ? text.length() : end + terminator.length();
    }

    private static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
