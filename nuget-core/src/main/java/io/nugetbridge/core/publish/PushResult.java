package io.nugetbridge.core.publish;

import java.util.Optional;

/**
 * What became of one package.
 *
 * @param target   where it went: the endpoint URL or the folder
 * @param status   the HTTP status (0 for a folder)
 * @param symbols  what became of its symbols package, when one was pushed
 */
public record PushResult(PackageFile file, Outcome outcome, String target, int status, Optional<PushResult> symbols) {

    /** Pushed, or already there and skipped because skip-duplicate was on. */
    public enum Outcome { PUSHED, ALREADY_EXISTS }

    public PushResult withSymbols(PushResult value) {
        return new PushResult(file, outcome, target, status, Optional.of(value));
    }
}
