package io.nugetbridge.core.packaging;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * NuGet's package id rule ({@code PackageIdValidator}): word characters in runs joined by single dots
 * or dashes, at most 100 characters. "Word character" is .NET's {@code \w}: letters, non-spacing marks,
 * decimal digits and connector punctuation such as {@code _}.
 */
public final class PackageIds {

    public static final int MAX_LENGTH = 100;

    private static final String WORD = "[\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}]+";
    private static final Pattern ID = Pattern.compile(WORD + "([.-]" + WORD + ")*");

    private PackageIds() {}

    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && ID.matcher(id).matches();
    }

    /** Why the id is not valid, in NuGet's words plus a hint, or empty when it is. */
    public static Optional<String> problem(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.of("the id is empty");
        }
        if (id.length() > MAX_LENGTH) {
            return Optional.of("the id '" + id + "' has " + id.length() + " characters; NuGet allows at most " + MAX_LENGTH);
        }
        if (!ID.matcher(id).matches()) {
            return Optional.of("the package ID '" + id + "' contains invalid characters; an id is letters, digits"
                    + " and '_' in runs joined by single '.' or '-', such as 'MyPackage' or 'MyPackage.Sample'"
                    + (id.contains("$") ? " (a $token$ not replaced?)" : ""));
        }
        return Optional.empty();
    }
}
