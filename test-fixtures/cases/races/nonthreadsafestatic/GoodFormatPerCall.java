package races.nonthreadsafestatic;

import java.text.SimpleDateFormat;
import java.util.Date;

/** Keeps only the pattern in a static constant and builds a SimpleDateFormat per call: each one is owned by its caller. */
public final class GoodFormatPerCall {
    private static final String PATTERN = "yyyy-MM-dd'T'HH:mm";

    private GoodFormatPerCall() {
    }

    public static String stamp(Date when) {
        SimpleDateFormat format = new SimpleDateFormat(PATTERN);
        return format.format(when);
    }
}
