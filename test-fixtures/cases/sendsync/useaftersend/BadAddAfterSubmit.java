package sendsync.useaftersend;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** The rows are captured by a task on the pool, then the caller appends a trailer while the task may be iterating them. */
public class BadAddAfterSubmit {
    private final ExecutorService pool;

    public BadAddAfterSubmit(ExecutorService pool) {
        this.pool = pool;
    }

    public Future<Integer> export(List<String> source) {
        List<String> rows = new ArrayList<>(source);
        Future<Integer> written = pool.submit(() -> write(rows)); // expect: NonSendCapture
        rows.add("-- end of export --"); // expect: UseAfterSend['by the task handed to `pool.submit(...)`, which captures it, at line 18']
        return written;
    }

    private static int write(List<String> rows) {
        int n = 0;
        for (String r : rows) {
            n += r.length();
        }
        return n;
    }
}
