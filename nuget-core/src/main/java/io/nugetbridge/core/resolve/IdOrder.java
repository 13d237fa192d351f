package io.nugetbridge.core.resolve;

import java.util.Comparator;

/**
 * .NET's {@code StringComparer.OrdinalIgnoreCase}, the order NuGet sorts ids and source names in: code units
 * compared after upper-casing each. (Java's {@code CASE_INSENSITIVE_ORDER} differs for {@code _} and a few
 * other characters between the upper- and lower-case letters.)
 */
public final class IdOrder {

    public static final Comparator<String> ORDINAL_IGNORE_CASE = IdOrder::compare;

    private IdOrder() {}

    private static int compare(String left, String right) {
        int common = Math.min(left.length(), right.length());
        for (int i = 0; i < common; i++) {
            char a = Character.toUpperCase(left.charAt(i));
            char b = Character.toUpperCase(right.charAt(i));
            if (a != b) {
                return a - b;
            }
        }
        return left.length() - right.length();
    }
}
