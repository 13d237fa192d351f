package io.nugetbridge.core.version;

import java.util.Comparator;

/**
 * .NET's {@code StringComparer.OrdinalIgnoreCase}: code units compared after upper-casing each. NuGet compares
 * prerelease labels with it and sorts ids and source names by it. (Java's {@code CASE_INSENSITIVE_ORDER}
 * differs for {@code _} and the other characters between the upper- and lower-case letters.)
 */
public final class OrdinalIgnoreCase {

    public static final Comparator<String> ORDER = OrdinalIgnoreCase::compare;

    private OrdinalIgnoreCase() {}

    public static int compare(String left, String right) {
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
