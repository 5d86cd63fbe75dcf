package publication.thisescape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A delete-on-exit hook puts the thread that will run it into a static list inside
 * {@code synchronized (hooks)}, and every use of the list's contents takes that monitor too: whoever
 * takes the thread out does so after the constructor released the lock, so it sees every write before
 * the hand-over. The list field is never reassigned, though not declared final (cassandra
 * PathUtils.DeleteOnExit, publication review).
 */
public class GoodAddsThreadToListUnderItsMonitor implements Runnable {

    private static List<Thread> hooks = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();

    static void runHooks() {
        List<Thread> toRun;
        synchronized (hooks) {
            toRun = new ArrayList<>(hooks);
            hooks.clear();
        }
        toRun.forEach(Thread::start);
    }

    public GoodAddsThreadToListUnderItsMonitor() {
        final Thread hook = new Thread(this);
        synchronized (hooks) {
            hooks.add(hook);
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
        new Thread(GoodAddsThreadToListUnderItsMonitor::runHooks).start();
    }
}
