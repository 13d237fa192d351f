package io.nugetbridge.core.spec;

import java.util.Locale;

/**
 * Boolean values of nuspec elements and attributes ({@code requireLicenseAcceptance},
 * {@code copyToOutput} …).
 *
 * <p>{@code true}, {@code false}, {@code 1} and {@code 0} are accepted in any case. Anything else reads
 * as absent rather than failing the whole nuspec: that is what NuGet's package reader does during
 * restore (pack is stricter, and a validator can be too).
 */
final class NuspecBooleans {

    private NuspecBooleans() {}

    static Boolean parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    static String format(boolean value) {
        return value ? "true" : "false";
    }
}
