package io.nugetbridge.core.packaging;

import io.nugetbridge.core.log.NuGetLog;
import io.nugetbridge.core.packaging.analysis.PackWarning;
import io.nugetbridge.core.packaging.analysis.PackWarningPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The log of one pack, applying its {@link PackWarningPolicy} to every warning that starts with a NuGet code
 * ({@code NU5119: ...}), as NuGet's {@code PackCollectorLogger} does: silenced ones go to debug, promoted ones
 * are kept as errors for the pack to fail on, the rest are warnings.
 */
final class PackLog implements NuGetLog {

    private final NuGetLog log;
    private final PackWarningPolicy policy;
    private final List<String> errors = new ArrayList<>();

    PackLog(NuGetLog log, PackWarningPolicy policy) {
        this.log = log;
        this.policy = policy;
    }

    /** Reports a finding of the package analysis. */
    void report(PackWarning warning) {
        warn(warning.toString());
    }

    /** The warnings turned into errors so far, in order. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void debug(Supplier<String> message) {
        log.debug(message);
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        if (policy.silencesLine(message)) {
            log.debug(() -> "NoWarn: " + message);
        } else if (policy.promotesLine(message)) {
            errors.add(message);
        } else {
            log.warn(message);
        }
    }
}
