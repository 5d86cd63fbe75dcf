package publication.thisescape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The look-alike of GoodAddsThreadToListUnderItsMonitor with one reader that copies the list without
 * taking its monitor: that thread may take the hook out with nothing ordering the constructor's writes
 * before its reads.
 */
public class BadAddsThreadToListOneReaderUnlocked implements Runnable {

    private static List<Thread> hooks = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();

    static void runHooks() {
        List<Thread> toRun;
        toRun = new ArrayList<>(hooks);
        synchronized (hooks) {
            hooks.clear();
        }
        toRun.forEach(Thread::start);
    }

    public BadAddsThreadToListOneReaderUnlocked() {
        final Thread hook = new Thread(this);
        synchronized (hooks) {
            hooks.add(hook); // expect: ThisEscape['the hand-over is none known to order the constructor']
        }
    }

    public synchronized void add(String path) {
        paths.add(path);
    }

    @Override
    public synchronized void run() {
        for (String p : paths) {
            System.out.println("delete " + p);
        }
    }

    static {
        new Thread(BadAddsThreadToListOneReaderUnlocked::runHooks).start();
    }
}
