package sendsync.nonsendcapture;

/**
 * Worker threads kept in a {@code Thread[]} and started through its elements all log through one
 * appender; the appender's only field is final, but the layout it holds formats into a StringBuilder
 * field, so the workers scribble over each other's lines (log4j 1 PatternLayout's shared buffer).
 */
public class BadWorkersInArrayShareLayout {
    public void run(int count) throws InterruptedException {
        LineAppenderOfLayout appender = new LineAppenderOfLayout(new BufferLayout("[%t] %m"));
        Thread[] workers = new Thread[count];
        for (int t = 0; t < workers.length; t++) {
            workers[t] = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    appender.append("item " + i); // expect: NonSendCapture['`appender` is not thread-safe but is shared with a task run on another thread by `new Thread(...).start()`'], NonSendCapture['several copies of it change it at once']
                }
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
    }
}

final class LineAppenderOfLayout {
    private final BufferLayout layout;

    LineAppenderOfLayout(BufferLayout layout) {
        this.layout = layout;
    }

    void append(String message) {
        System.out.println(layout.format(Thread.currentThread().getName(), message));
    }
}

final class BufferLayout {
    private final String pattern;
    private final StringBuilder buffer = new StringBuilder();

    BufferLayout(String pattern) {
        this.pattern = pattern;
    }

    String format(String thread, String message) {
        buffer.setLength(0); // expect: UnguardedWrite['`buffer.setLength()` changes `buffer` without a lock, by tasks that run on other threads, all on one object']
        buffer.append(pattern.replace("%t", thread).replace("%m", message));
        return buffer.toString();
    }
}
