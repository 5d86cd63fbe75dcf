package races.nonthreadsafestatic;

import java.text.SimpleDateFormat;
import java.util.Date;

/** Each thread gets its own SimpleDateFormat from a static ThreadLocal. */
public class GoodThreadLocalFormat {
    private static final ThreadLocal<SimpleDateFormat> ISO_DAY =
            ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd"));

    public String archiveName(String prefix, Date day) {
        return prefix + "-" + ISO_DAY.get().format(day) + ".log";
    }
}
