package publication.unsafepublication;

import java.util.ArrayList;
import java.util.List;

/** The store and the reader's load both happen under the same lock, which orders them. */
public class GoodPublishUnderLock {
    private final Object lock = new Object();
    private List<String> targets = new ArrayList<>();

    public void replaceTargets(List<String> fresh) {
        List<String> copy = new ArrayList<>(fresh);
        synchronized (lock) {
            targets = copy;
        }
    }

    public Thread startPinger() {
        Thread t = new Thread(() -> {
            int n;
            synchronized (lock) {
                n = targets.size();
            }
            System.out.println("pinging " + n + " targets");
        });
        t.start();
        return t;
    }
}
