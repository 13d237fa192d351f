package io.nugetbridge.core.packaging;

/**
 * Bounds on what extracting one package may write, so a zip bomb fails fast instead of filling the
 * disk. Sizes are counted as bytes are actually inflated, never taken from the zip's headers.
 *
 * @param maxEntries           most entries a package may hold
 * @param maxTotalBytes        most bytes all entries may inflate to together
 * @param maxCompressionRatio  most an entry may inflate relative to its compressed size (for entries
 *                             above 1 MiB; small files legitimately compress very well)
 */
public record ExtractionLimits(int maxEntries, long maxTotalBytes, int maxCompressionRatio) {

    /**
     * Generous for real packages (the largest on nuget.org are a few GiB with tens of thousands of
     * files), small enough to stop a bomb.
     */
    public static final ExtractionLimits DEFAULT = new ExtractionLimits(100_000, 16L * 1024 * 1024 * 1024, 1_000);

    public ExtractionLimits {
        if (maxEntries <= 0 || maxTotalBytes <= 0 || maxCompressionRatio <= 0) {
            throw new IllegalArgumentException("Extraction limits must be positive");
        }
    }
}
