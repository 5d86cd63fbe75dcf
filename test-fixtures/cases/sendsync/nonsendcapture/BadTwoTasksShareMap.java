package sendsync.nonsendcapture;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Two tasks on the pool write into the same captured HashMap at the same time. */
public class BadTwoTasksShareMap {
    private final ExecutorService pool;

    public BadTwoTasksShareMap(ExecutorService pool) {
        this.pool = pool;
    }

    public Map<String, Integer> countWords(String left, String right) throws InterruptedException, ExecutionException {
        Map<String, Integer> counts = new HashMap<>();
        Future<?> a = pool.submit(() -> {
            for (String w : left.split(" ")) {
                counts.merge(w, 1, Integer::sum); // expect: NonSendCapture['another task (handed off at line 24) also changes it at line 26']; related: NonSendCapture@26['the other task uses `counts` here']
            }
        });
        Future<?> b = pool.submit(() -> {
            for (String w : right.split(" ")) {
                counts.merge(w, 1, Integer::sum); // expect: NonSendCapture['another task (handed off at line 19) also changes it at line 21']; related: NonSendCapture@21['the other task uses `counts` here']
            }
        });
        a.get();
        b.get();
        return counts;
    }
}
