package io.nugetbridge.core.packaging.analysis;

import java.util.Objects;

/**
 * One finding of NuGet's package analysis: its code ({@code NU5128}) and NuGet's text for it, which may span
 * lines (the list of actions some rules print), without a trailing line break.
 */
public record PackWarning(String code, String message) {

    public PackWarning {
        Objects.requireNonNull(code, "code");
        // NuGet ends some texts with a line break (AppendLine); a log line needs none.
        message = Objects.requireNonNull(message, "message").stripTrailing();
    }

    /** As NuGet prints it after {@code WARNING:}: {@code NU5125: The 'licenseUrl' element ...}. */
    @Override
    public String toString() {
        return code + ": " + message;
    }
}
