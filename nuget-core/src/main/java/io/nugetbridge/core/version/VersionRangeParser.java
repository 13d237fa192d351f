package io.nugetbridge.core.version;

/** Turns text into a {@link VersionRange} with the rules of NuGet's {@code VersionRange.TryParse}. */
final class VersionRangeParser {

    private VersionRangeParser() {}

    static VersionRange parse(String value, boolean allowFloating) {
        if (value == null || value.isBlank()) {
            throw invalid(value, "it is empty");
        }
        String text = value.trim();
        char first = text.charAt(0);
        if (first != '[' && first != '(') {
            // A lone version (or float) means "this version or higher".
            Bound min = bound(text, text, allowFloating, "version");
            return new VersionRange(min.version, true, null, false, min.floatRange, text);
        }
        char last = text.charAt(text.length() - 1);
        if (text.length() < 3 || (last != ']' && last != ')')) {
            throw invalid(text, "a range that starts with '" + first + "' must end with ']' or ')'");
        }
        boolean minInclusive = first == '[';
        boolean maxInclusive = last == ']';
        String inner = text.substring(1, text.length() - 1);
        String[] parts = inner.split(",", -1);
        if (parts.length > 2) {
            throw invalid(text, "a range has at most two versions, separated by one comma");
        }
        // NuGet tests emptiness before trimming: "(,)" is refused, "(, )" means all versions.
        boolean allEmpty = true;
        for (String part : parts) {
            allEmpty &= part.isEmpty();
        }
        if (allEmpty) {
            throw invalid(text, "it names no version at all");
        }
        if (parts.length == 1 && !(minInclusive && maxInclusive)) {
            throw invalid(text, "a single version in brackets must use [ ] (exactly that version), e.g. [1.0]");
        }
        String minText = parts[0].trim();
        String maxText = (parts.length == 2 ? parts[1] : parts[0]).trim();
        Bound min = minText.isEmpty() ? Bound.NONE : bound(text, minText, allowFloating, "minimum");
        Bound max = maxText.isEmpty() ? Bound.NONE : bound(text, maxText, false, "maximum");
        if (parts.length == 1 && min.floatRange != null && min.floatRange.behavior() != FloatBehavior.NONE) {
            throw invalid(text, "an exact range [x] cannot float");
        }
        if (min.version != null && max.version != null) {
            int c = min.version.compareTo(max.version);
            if (c > 0) {
                throw invalid(text, "the minimum is above the maximum");
            }
            if (c == 0 && (!minInclusive || !maxInclusive)) {
                throw invalid(text, "the minimum equals the maximum, so both brackets must be [ ]");
            }
        }
        return new VersionRange(min.version, minInclusive, max.version, maxInclusive, min.floatRange, text);
    }

    private static Bound bound(String range, String text, boolean allowFloating, String which) {
        if (text.contains("*")) {
            if (!allowFloating) {
                throw invalid(range, "the " + which + " '" + text + "' floats, which is not allowed here"
                        + (which.equals("maximum") ? " (a maximum never floats)" : ""));
            }
            FloatRange floatRange = FloatRange.tryParse(text)
                    .orElseThrow(() -> invalid(range, "'" + text + "' is not a valid floating version"));
            return new Bound(floatRange.minVersion(), floatRange);
        }
        try {
            return new Bound(NuGetVersion.parse(text), null);
        } catch (IllegalArgumentException e) {
            throw invalid(range, "the " + which + " " + e.getMessage());
        }
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("'" + text + "' is not a valid NuGet version range: " + why);
    }

    private record Bound(NuGetVersion version, FloatRange floatRange) {
        static final Bound NONE = new Bound(null, null);
    }
}
