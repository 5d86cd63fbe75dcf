package races.unguardedwrite;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One SimpleDateFormat used by every task of a pool: format() changes the formatter's internal
 * calendar, so tasks running at once garble each other's dates.
 */
public class BadFormatterSharedByPoolTasks {
    private final SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    public void export(List<Date> dates) {
        for (Date d : dates) {
            pool.execute(() -> System.out.println(format.format(d))); // expect: UnguardedWrite['`format.format()` changes `format` without a lock, by a task that runs on another thread; two threads can run it at once']
        }
    }

    public String pattern() {
        return format.toPattern();
    }
}
