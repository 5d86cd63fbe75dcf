package races.nonthreadsafestatic;

import java.text.SimpleDateFormat;
import java.util.Date;

/** One SimpleDateFormat shared by the whole JVM: concurrent format() calls share its Calendar and mix up dates. */
public class BadStaticSimpleDateFormat {
    private static final SimpleDateFormat ISO_DAY = new SimpleDateFormat("yyyy-MM-dd");

    public String archiveName(String prefix, Date day) {
        return prefix + "-" + ISO_DAY.format(day) + ".log"; // expect: NonThreadSafeStatic['`ISO_DAY.format()` uses a static `SimpleDateFormat` without a lock']
    }
}
