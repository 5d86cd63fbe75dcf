package races.unguardedwrite;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Look-alikes of the shared formatter: each task makes its own, or all of them take the formatter's
 * owner's lock around it; asking for the pattern changes nothing.
 */
public class GoodFormatterPerTaskOrLocked {
    private final SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    public void export(List<Date> dates) {
        for (Date d : dates) {
            pool.execute(() -> System.out.println(new SimpleDateFormat("yyyy-MM-dd").format(d)));
        }
    }

    public void exportLocked(List<Date> dates) {
        for (Date d : dates) {
            pool.execute(() -> {
                synchronized (format) {
                    System.out.println(format.format(d));
                }
            });
        }
    }

    public String pattern() {
        return format.toPattern();
    }
}
