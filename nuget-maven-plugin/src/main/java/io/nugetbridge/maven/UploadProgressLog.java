package io.nugetbridge.maven;

import io.nugetbridge.core.publish.PackageFile;
import io.nugetbridge.core.publish.PushProgress;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.logging.Log;

/**
 * Reports a large upload as it goes, at a rate a CI log can take: one line per tenth of the package, and
 * not more often than every two seconds. Nothing is drawn in place, so {@code -B} logs stay clean. Small
 * packages go out without progress lines.
 */
final class UploadProgressLog implements PushProgress {

    static final long REPORTED_FROM_BYTES = 8L * 1024 * 1024;
    private static final long MIN_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final Log log;
    private int lastTenth;
    private long lastLineNanos = System.nanoTime();

    UploadProgressLog(Log log) {
        this.log = log;
    }

    @Override
    public synchronized void uploaded(PackageFile file, long sent, long total) {
        if (total < REPORTED_FROM_BYTES || sent >= total) {
            return;
        }
        int tenth = (int) (sent * 10 / total);
        long now = System.nanoTime();
        if (tenth > lastTenth && now - lastLineNanos >= MIN_INTERVAL_NANOS) {
            lastTenth = tenth;
            lastLineNanos = now;
            log.info(String.format(Locale.ROOT, "Uploading %s: %d%% (%s of %s)", file, tenth * 10, megabytes(sent),
                    megabytes(total)));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
