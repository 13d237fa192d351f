package io.nugetbridge.core.text;

/**
 * Keeps a value on one line of a line-and-tab file (the restore's and the wagon's no-op caches): backslash, line
 * breaks and tabs are written as {@code \\}, {@code \n}, {@code \r} and {@code \t}, and read back.
 */
public final class LineEscaping {

    private LineEscaping() {}

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    public static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
