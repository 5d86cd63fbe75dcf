// EXPECT: dcl-non-volatile @ line 39
package probe6b;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Process-wide logging context: the root level and the names of the configured
 * appenders, read once from system properties.
 *
 * <p><b>Thread-safety:</b> {@link #getContext()} may be called from any thread; the first
 * caller initialises the context. The context is never modified after initialisation,
 * so its getters need no locking.
 */
public final class LogManagerContext {

    private static LogManagerContext instance;

    private String rootLevel;
    private List<String> appenderNames;

    private LogManagerContext() {
    }

    private void load(Properties props) {
        rootLevel = props.getProperty("log.root.level", "INFO");
        appenderNames = new ArrayList<>();
        for (String n : props.getProperty("log.appenders", "console").split(",")) {
            appenderNames.add(n.trim());
        }
    }

    /** Returns the shared context, creating it on first use. Called from any thread. */
    public static LogManagerContext getContext() {
        if (instance == null) { // BUG: double-checked locking on a non-volatile static field; another thread can see a non-null instance whose fields are not yet initialised
            synchronized (LogManagerContext.class) {
                if (instance == null) {
                    LogManagerContext ctx = new LogManagerContext();
                    ctx.load(System.getProperties());
                    instance = ctx;
                }
            }
        }
        return instance;
    }

    public String rootLevel() {
        return rootLevel;
    }

    public List<String> appenderNames() {
        return List.copyOf(appenderNames);
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService appThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 64; i++) {
            appThreads.submit(() -> {
                LogManagerContext ctx = getContext();
                return ctx.rootLevel() + " " + ctx.appenderNames();
            });
        }
        appThreads.shutdown();
        appThreads.awaitTermination(5, TimeUnit.SECONDS);
    }
}
