// EXPECT: race-write @ line 20
package recall2;

import java.io.PrintStream;

/**
 * Formats log events according to a conversion pattern such as "%r [%t] %p %c - %m%n".
 * A single layout instance is typically shared by every appender configured with it.
 */
public class PatternLayout {

    private final String conversionPattern;
    private final StringBuilder sbuf = new StringBuilder(256);

    public PatternLayout(String conversionPattern) {
        this.conversionPattern = conversionPattern;
    }

    public String format(String threadName, String level, String logger, String message, long timestamp) {
        sbuf.setLength(0);
        for (int i = 0; i < conversionPattern.length(); i++) {
            char ch = conversionPattern.charAt(i);
            if (ch != '%' || i + 1 >= conversionPattern.length()) {
                sbuf.append(ch);
                continue;
            }
            char conv = conversionPattern.charAt(++i);
            switch (conv) {
                case 't' -> sbuf.append(threadName);
                case 'p' -> sbuf.append(level);
                case 'c' -> sbuf.append(logger);
                case 'm' -> sbuf.append(message);
                case 'r' -> sbuf.append(timestamp);
                case 'n' -> sbuf.append(System.lineSeparator());
                default -> sbuf.append('%').append(conv);
            }
        }
        return sbuf.toString();
    }

    public String getConversionPattern() {
        return conversionPattern;
    }

    /** Lock-free console appender that delegates formatting to a shared layout. */
    public static final class ConsoleAppender {
        private final PatternLayout layout;
        private final PrintStream out;

        public ConsoleAppender(PatternLayout layout, PrintStream out) {
            this.layout = layout;
            this.out = out;
        }

        public void append(String level, String logger, String message) {
            String line = layout.format(Thread.currentThread().getName(), level, logger, message,
                    System.currentTimeMillis());
            out.print(line);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PatternLayout layout = new PatternLayout("%r [%t] %p %c - %m%n");
        ConsoleAppender console = new ConsoleAppender(layout, System.out);
        Thread[] workers = new Thread[4];
        for (int t = 0; t < workers.length; t++) {
            workers[t] = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    console.append("DEBUG", "org.example.Worker", "processed item " + i);
                }
            }, "worker-" + t);
            workers[t].start();
        }
        for (Thread t : workers) {
            t.join();
        }
    }
}
