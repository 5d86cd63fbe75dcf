// EXPECT: none
package recall3;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Each report task creates its own StringBuilder, HashMap, ArrayList and SimpleDateFormat.
 * None of them escapes the task; the finished String is handed back through Future.get().
 */
public class ConfinedReportTasks {

    static final class ReportTask implements Callable<String> {
        private final int region;
        private final long startMillis;

        ReportTask(int region, long startMillis) {
            this.region = region;
            this.startMillis = startMillis;
        }

        @Override
        public String call() {
            SimpleDateFormat fmt = new SimpleDateFormat("yyyy-MM-dd");
            Map<String, Integer> totals = new HashMap<>();
            List<String> days = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                String day = fmt.format(new Date(startMillis + d * 86_400_000L));
                days.add(day);
                totals.merge(day, region * 10 + d, Integer::sum);
            }
            StringBuilder sb = new StringBuilder("region ").append(region).append(':');
            for (String day : days) {
                sb.append(' ').append(day).append('=').append(totals.get(day));
            }
            return sb.toString();
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> reports = new ArrayList<>();
        for (int region = 0; region < 12; region++) {
            reports.add(pool.submit(new ReportTask(region, 1_700_000_000_000L)));
        }
        StringBuilder all = new StringBuilder();
        for (Future<String> report : reports) {
            all.append(report.get()).append('\n');
        }
        pool.shutdown();
        System.out.print(all);
    }
}
