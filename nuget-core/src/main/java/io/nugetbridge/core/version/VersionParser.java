package io.nugetbridge.core.version;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns text into a {@link NuGetVersion}, with NuGet's lenient rules or strict SemVer 2.0.0. */
final class VersionParser {

    private VersionParser() {}

    static NuGetVersion parse(String value, boolean strict) {
        if (value == null || value.isBlank()) {
            throw invalid(value, "it is empty");
        }
        String text = value.trim();
        String metadata = null;
        int plus = text.indexOf('+');
        String versionPart = text;
        if (plus >= 0) {
            metadata = text.substring(plus + 1);
            versionPart = text.substring(0, plus);
            checkIdentifiers(text, metadata, "build metadata", false);
        }
        List<String> labels = List.of();
        int dash = versionPart.indexOf('-');
        String numbers = versionPart;
        if (dash >= 0) {
            String release = versionPart.substring(dash + 1);
            numbers = versionPart.substring(0, dash);
            checkIdentifiers(text, release, "prerelease label", true);
            labels = Arrays.asList(release.split("\\.", -1));
        }
        int[] parts = parseNumbers(text, numbers, strict);
        return new NuGetVersion(parts[0], parts[1], parts[2], parts[3], labels, metadata, text);
    }

    private static int[] parseNumbers(String text, String numbers, boolean strict) {
        String[] pieces = numbers.split("\\.", -1);
        if (strict && pieces.length != 3) {
            throw invalid(text, "a strict SemVer 2.0.0 version has exactly three numbers (Major.Minor.Patch)");
        }
        if (pieces.length > 4) {
            throw invalid(text, "it has more than four numbers");
        }
        int[] parts = new int[4];
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (piece.isEmpty()) {
                throw invalid(text, "a number is missing (empty part between dots, or a trailing dot)");
            }
            if (!piece.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw invalid(text, "'" + piece + "' is not a number");
            }
            if (strict && piece.length() > 1 && piece.charAt(0) == '0') {
                throw invalid(text, "'" + piece + "' has a leading zero, which SemVer 2.0.0 does not allow");
            }
            String digits = piece.replaceFirst("^0+(?=.)", "");
            if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
                throw invalid(text, "'" + piece + "' is larger than " + Integer.MAX_VALUE);
            }
            parts[i] = Integer.parseInt(digits);
        }
        return parts;
    }

    private static void checkIdentifiers(String text, String section, String what, boolean noLeadingZeros) {
        if (section.isEmpty()) {
            throw invalid(text, "the " + what + " is empty");
        }
        List<String> identifiers = new ArrayList<>(Arrays.asList(section.split("\\.", -1)));
        for (String identifier : identifiers) {
            if (identifier.isEmpty()) {
                throw invalid(text, "a " + what + " is empty (two dots in a row, or a trailing dot)");
            }
            for (int i = 0; i < identifier.length(); i++) {
                char c = identifier.charAt(i);
                boolean allowed = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
                if (!allowed) {
                    throw invalid(text, "the " + what + " '" + identifier + "' has the character '" + c
                            + "'; only letters, digits and '-' are allowed");
                }
            }
            boolean numeric = identifier.chars().allMatch(c -> c >= '0' && c <= '9');
            if (noLeadingZeros && numeric && identifier.length() > 1 && identifier.charAt(0) == '0') {
                throw invalid(text, "the numeric " + what + " '" + identifier + "' has a leading zero");
            }
        }
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("'" + text + "' is not a valid NuGet version: " + why);
    }
}
