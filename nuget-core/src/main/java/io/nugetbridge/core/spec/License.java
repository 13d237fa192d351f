package io.nugetbridge.core.spec;

/**
 * The {@code <license type="expression|file" version="…">text</license>} element (NuGet 4.9+).
 *
 * @param type    an SPDX expression or the path of a license file inside the package
 * @param text    the expression (e.g. {@code MS-PL OR Apache-2.0}) or the file path, trimmed
 * @param version the {@code version} attribute of the expression grammar, or null when absent (NuGet
 *                then assumes 1.0.0)
 */
public record License(Type type, String text, String version) {

    /** The two kinds of license NuGet accepts; the attribute is matched case-insensitively. */
    public enum Type {
        EXPRESSION,
        FILE;

        /** The attribute value as NuGet writes it. */
        public String xmlValue() {
            return this == EXPRESSION ? "expression" : "file";
        }
    }

    public License {
        if (type == null) {
            throw new IllegalArgumentException("A license needs a type (expression or file)");
        }
    }

    public static License expression(String expression) {
        return new License(Type.EXPRESSION, expression, null);
    }

    public static License file(String path) {
        return new License(Type.FILE, path, null);
    }
}
