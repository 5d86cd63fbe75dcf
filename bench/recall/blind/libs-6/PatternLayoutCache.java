// EXPECT: unsync-lazy-hashmap-cache @ line 61
package probe6b;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Caches compiled layout patterns such as {@code "[%t] %p %m"}.
 *
 * <p><b>Thread-safety:</b> a single instance is shared by all layouts of a logger
 * context. {@link #layoutFor(String)} is called from any application thread that logs,
 * concurrently and without external synchronization.
 */
public final class PatternLayoutCache {

    /** Immutable compiled pattern; safe to share between threads. */
    public static final class CompiledPattern {
        private final List<String> tokens;

        private CompiledPattern(List<String> tokens) {
            this.tokens = List.copyOf(tokens);
        }

        static CompiledPattern compile(String pattern) {
            List<String> tokens = new ArrayList<>();
            for (String part : pattern.split(" ")) {
                if (!part.isEmpty()) {
                    tokens.add(part);
                }
            }
            return new CompiledPattern(tokens);
        }

        public String format(String thread, String level, String message) {
            StringBuilder sb = new StringBuilder();
            for (String t : tokens) {
                switch (t) {
                    case "%t" -> sb.append(thread);
                    case "%p" -> sb.append(level);
                    case "%m" -> sb.append(message);
                    default -> sb.append(t);
                }
                sb.append(' ');
            }
            return sb.toString().trim();
        }
    }

    private final Map<String, CompiledPattern> cache = new HashMap<>();

    /** Returns the compiled form of {@code pattern}, compiling it on first use. */
    public CompiledPattern layoutFor(String pattern) {
        CompiledPattern compiled = cache.get(pattern);
        if (compiled == null) {
            compiled = CompiledPattern.compile(pattern);
            cache.put(pattern, compiled); // BUG: lazily filled plain HashMap written by many logging threads without a lock (lost entries, corrupted table, racy get)
        }
        return compiled;
    }

    public static void main(String[] args) throws InterruptedException {
        PatternLayoutCache layouts = new PatternLayoutCache();
        String[] patterns = {"%t %p %m", "[ %t ] %m", "%p - %m", "%m"};
        ExecutorService appThreads = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 1000; i++) {
            String pattern = patterns[i % patterns.length] + (i % 7 == 0 ? " #" + i : "");
            appThreads.submit(() -> layouts.layoutFor(pattern)
                    .format(Thread.currentThread().getName(), "INFO", "hello"));
        }
        appThreads.shutdown();
        appThreads.awaitTermination(5, TimeUnit.SECONDS);
    }
}
