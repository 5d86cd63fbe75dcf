package races.sharedsingletonstate;

import java.text.SimpleDateFormat;
import java.util.Date;
import org.springframework.stereotype.Service;

/**
 * A singleton service keeps one SimpleDateFormat in a final field: format() changes the formatter's
 * internal calendar, and concurrent requests garble each other's dates.
 */
@Service
public class BadServiceSharedDateFormat {
    private final SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");

    public String stamp(Date when) {
        return format.format(when); // expect: SharedSingletonState['`format.format()` uses the SimpleDateFormat in `format` while handling a request, but `BadServiceSharedDateFormat` is a singleton']
    }
}
