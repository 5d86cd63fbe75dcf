package races.nonthreadsafestatic;

import java.util.Calendar;
import java.util.Date;

/** A static Calendar used as scratch space: setTime() from one thread and get() from another mix their dates. */
public final class BadStaticCalendar {
    private static final Calendar SCRATCH = Calendar.getInstance();

    private BadStaticCalendar() {
    }

    public static int yearOf(Date date) {
        SCRATCH.setTime(date); // expect: NonThreadSafeStatic['`SCRATCH.setTime()` uses a static `Calendar`']
        return SCRATCH.get(Calendar.YEAR); // expect: NonThreadSafeStatic
    }
}
