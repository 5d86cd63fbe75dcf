package sendsync.nonsendcapture;

/**
 * The look-alike: the same workers in a {@code Thread[]}, but each makes its own appender and layout
 * inside its task, so no buffer is shared.
 */
public class GoodWorkersInArrayEachWithOwnLayout {
    public void run(int count) throws InterruptedException {
        Thread[] workers = new Thread[count];
        for (int t = 0; t < workers.length; t++) {
            workers[t] = new Thread(() -> {
                OwnLineAppender appender = new OwnLineAppender(new OwnBufferLayout("[%t] %m"));
                for (int i = 0; i < 100; i++) {
                    appender.append("item " + i);
                }
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
    }
}

final class OwnLineAppender {
    private final OwnBufferLayout layout;

    OwnLineAppender(OwnBufferLayout layout) {
        this.layout = layout;
    }

    void append(String message) {
        System.out.println(layout.format(Thread.currentThread().getName(), message));
    }
}

final class OwnBufferLayout {
    private final String pattern;
    private final StringBuilder buffer = new StringBuilder();

    OwnBufferLayout(String pattern) {
        this.pattern = pattern;
    }

    String format(String thread, String message) {
        buffer.setLength(0);
        buffer.append(pattern.replace("%t", thread).replace("%m", message));
        return buffer.toString();
    }
}
