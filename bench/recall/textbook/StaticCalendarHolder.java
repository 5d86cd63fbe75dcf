// EXPECT: static-formatter @ line 12
package recall;

import java.util.Calendar;
import java.util.Date;

public class StaticCalendarHolder {
    private static final Calendar CAL = Calendar.getInstance();

    /** Called concurrently by request handler threads. */
    public static int dayOfWeek(Date date) {
        CAL.setTime(date);
        return CAL.get(Calendar.DAY_OF_WEEK);
    }

    public static boolean isWeekend(Date date) {
        int d = dayOfWeek(date);
        return d == Calendar.SATURDAY || d == Calendar.SUNDAY;
    }
}
