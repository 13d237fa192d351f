package io.nugetbridge.core.packaging;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The MS-DOS date and time a zip entry carries. NuGet writes the UTC wall clock and clamps it to the
 * range the format can hold (1980-01-01 to 2107-12-31 23:59:58), as its {@code PackageBuilder} does.
 * Converting here, not through {@link java.util.zip.ZipEntry#setTime}, keeps the machine's time zone
 * out of the bytes, so two builds in two zones write the same package.
 */
final class DosTime {

    static final LocalDateTime MIN = LocalDateTime.of(1980, 1, 1, 0, 0, 0);
    static final LocalDateTime MAX = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private DosTime() {}

    /** The packed value: date in the high 16 bits, time in the low 16 (two-second resolution). */
    static long of(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        if (utc.isBefore(MIN)) {
            utc = MIN;
        } else if (utc.isAfter(MAX)) {
            utc = MAX;
        }
        long date = ((long) (utc.getYear() - 1980) << 9) | (utc.getMonthValue() << 5) | utc.getDayOfMonth();
        long time = (utc.getHour() << 11) | (utc.getMinute() << 5) | (utc.getSecond() / 2);
        return (date << 16) | time;
    }
}
