// EXPECT: race-write @ line 33
package recall3;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses a batch of log lines by starting one thread per chunk in a loop; every thread
 * appends its parsed records to the same ArrayList.
 */
public class ParallelCollectLoop {

    record LogRecord(String level, String message) {}

    static LogRecord parse(String line) {
        int sp = line.indexOf(' ');
        return new LogRecord(line.substring(0, sp).toUpperCase(Locale.ROOT), line.substring(sp + 1));
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 8_000; i++) {
            lines.add((i % 3 == 0 ? "warn" : "info") + " message number " + i);
        }
        List<LogRecord> parsed = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        int chunk = 1_000;
        for (int start = 0; start < lines.size(); start += chunk) {
            List<String> slice = lines.subList(start, Math.min(start + chunk, lines.size()));
            Thread w = new Thread(() -> {
                for (String line : slice) {
                    parsed.add(parse(line));
                }
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        System.out.println("parsed " + parsed.size() + " of " + lines.size());
    }
}
