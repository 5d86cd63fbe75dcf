package races.threadsafeviolation;

import java.text.SimpleDateFormat;
import java.util.Date;
import javax.annotation.concurrent.ThreadSafe;

/** A @ThreadSafe log formatter holding one SimpleDateFormat, which keeps parse state and corrupts output under concurrent use. */
@ThreadSafe
public class BadSharedDateFormatField {
    private final SimpleDateFormat timestamp = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss.SSS"); // expect: ThreadSafeViolation['`timestamp` of @ThreadSafe class `BadSharedDateFormatField` holds a mutable `SimpleDateFormat` that is not guarded by a lock']

    public String format(String level, String message, Date when) {
        return timestamp.format(when) + " " + level + " " + message; // expect: UnguardedWrite['`timestamp.format()` changes `timestamp` without a lock, in @ThreadSafe class `BadSharedDateFormatField`']
    }
}
