// EXPECT: none
package recall3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Audit trail kept in a Collections.synchronizedList. Writers append concurrently; the
 * auditor iterates, and the de-duplicating writer performs its contains/add pair, while
 * holding the list's own monitor, as the Collections javadoc requires.
 */
public class SynchronizedListAudit {
    private final List<String> entries = Collections.synchronizedList(new ArrayList<>());

    void append(String entry) {
        entries.add(entry);
    }

    boolean appendOnce(String entry) {
        synchronized (entries) {
            if (entries.contains(entry)) {
                return false;
            }
            entries.add(entry);
            return true;
        }
    }

    int countMatching(String prefix) {
        int n = 0;
        synchronized (entries) {
            for (String e : entries) {
                if (e.startsWith(prefix)) {
                    n++;
                }
            }
        }
        return n;
    }

    public static void main(String[] args) throws InterruptedException {
        SynchronizedListAudit audit = new SynchronizedListAudit();
        Thread[] threads = new Thread[5];
        for (int i = 0; i < 3; i++) {
            final int writer = i;
            threads[i] = new Thread(() -> {
                for (int k = 0; k < 2_000; k++) {
                    audit.append((k % 2 == 0 ? "login:" : "logout:") + "user" + writer);
                }
            }, "writer-" + i);
        }
        threads[3] = new Thread(() -> {
            for (int k = 0; k < 2_000; k++) {
                audit.appendOnce("config-change:" + (k % 50));
            }
        }, "dedup-writer");
        threads[4] = new Thread(() -> {
            for (int k = 0; k < 100; k++) {
                int logins = audit.countMatching("login:");
                if (k % 25 == 0) {
                    System.out.println("logins so far: " + logins);
                }
            }
        }, "auditor");
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("config changes recorded once: " + audit.countMatching("config-change:"));
    }
}
