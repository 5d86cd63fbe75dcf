// EXPECT: static-formatter @ line 18
package recall3;

import java.util.Calendar;
import java.util.TimeZone;

/**
 * Date helpers used by the log-ingestion worker threads to bucket events by day and hour.
 */
public final class TimestampUtil {
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private TimestampUtil() {
    }

    /** Returns year * 1000 + day-of-year for the given epoch millis. */
    public static int dayKey(long epochMillis) {
        UTC.setTimeInMillis(epochMillis);
        return UTC.get(Calendar.YEAR) * 1000 + UTC.get(Calendar.DAY_OF_YEAR);
    }

    /** Returns the hour of day (0-23, UTC) for the given epoch millis. */
    public static int hourOfDay(long epochMillis) {
        synchronized (UTC) {
            UTC.setTimeInMillis(epochMillis);
            return UTC.get(Calendar.HOUR_OF_DAY);
        }
    }
}
