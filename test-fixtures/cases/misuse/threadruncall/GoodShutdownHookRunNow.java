package misuse.threadruncall;

import java.util.ArrayList;
import java.util.List;

/**
 * Exit hooks registered with the JVM and, on an orderly stop, taken back and run at once on the stopping
 * thread: {@code run()} on a hook withdrawn with {@code removeShutdownHook} is meant (cassandra
 * PathUtils.DeleteOnExit).
 */
public class GoodShutdownHookRunNow {
    private final List<Thread> hooks = new ArrayList<>();

    public synchronized void onExit(Runnable action) {
        Thread hook = new Thread(action);
        Runtime.getRuntime().addShutdownHook(hook);
        hooks.add(hook);
    }

    public void stopNow() {
        List<Thread> toRun;
        synchronized (this) {
            toRun = new ArrayList<>(hooks);
            hooks.clear();
        }
        Runtime runtime = Runtime.getRuntime();
        toRun.forEach(hook -> {
            runtime.removeShutdownHook(hook);
            hook.run();
        });
    }
}
