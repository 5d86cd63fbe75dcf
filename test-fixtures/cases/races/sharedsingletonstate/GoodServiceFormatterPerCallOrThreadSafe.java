package races.sharedsingletonstate;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.stereotype.Service;

/**
 * Look-alikes of the shared date format: a DateTimeFormatter (immutable, thread-safe) in a field, a
 * SimpleDateFormat made per call, and one used only under the service's lock.
 */
@Service
public class GoodServiceFormatterPerCallOrThreadSafe {
    private final DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
    private final SimpleDateFormat legacy = new SimpleDateFormat("yyyy-MM-dd");

    public String stamp(LocalDate day) {
        return iso.format(day);
    }

    public String stampLegacy(Date when) {
        return new SimpleDateFormat("yyyy-MM-dd").format(when);
    }

    public String stampLocked(Date when) {
        synchronized (this) {
            return legacy.format(when);
        }
    }
}
