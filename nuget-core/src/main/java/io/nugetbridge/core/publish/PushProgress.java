package io.nugetbridge.core.publish;

/** Told how much of an upload has gone out, so a caller can report progress at a rate that suits it. */
@FunctionalInterface
public interface PushProgress {

    PushProgress NONE = (file, sent, total) -> {};

    /** {@code sent} of {@code total} bytes of the request body for {@code file} have been written. */
    void uploaded(PackageFile file, long sent, long total);
}
