// EXPECT: none
package probe2.dl;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

// OK: push and pull take the two store locks in opposite orders, but the inner acquisition is a timed tryLock; on timeout the outer lock is released and the thread backs off a random interval, so no thread ever waits indefinitely while holding a lock
public class ReplicaSyncCoordinator {

    static final class Store {
        final String name;
        final ReentrantLock lock = new ReentrantLock();
        final Map<String, String> data = new HashMap<>();
        long version;

        Store(String name) {
            this.name = name;
        }
    }

    private final Store primary = new Store("primary");
    private final Store replica = new Store("replica");

    public void write(String key, String value) {
        primary.lock.lock();
        try {
            primary.data.put(key, value);
            primary.version++;
        } finally {
            primary.lock.unlock();
        }
    }

    public String readReplica(String key) {
        replica.lock.lock();
        try {
            return replica.data.get(key);
        } finally {
            replica.lock.unlock();
        }
    }

    public void pushToReplica() throws InterruptedException {
        copyWithBackoff(primary, replica);
    }

    /** Disaster recovery: replica was promoted and the old primary catches up from it. */
    public void pullFromReplica() throws InterruptedException {
        copyWithBackoff(replica, primary);
    }

    private static void copyWithBackoff(Store src, Store dst) throws InterruptedException {
        while (true) {
            src.lock.lock();
            try {
                if (dst.lock.tryLock(20, TimeUnit.MILLISECONDS)) {
                    try {
                        dst.data.clear();
                        dst.data.putAll(src.data);
                        dst.version = src.version;
                        return;
                    } finally {
                        dst.lock.unlock();
                    }
                }
            } finally {
                src.lock.unlock();
            }
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 15));
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ReplicaSyncCoordinator sync = new ReplicaSyncCoordinator();
        sync.write("k", "v");
        Thread pusher = new Thread(() -> {
            try {
                for (int i = 0; i < 2_000; i++) {
                    sync.pushToReplica();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread puller = new Thread(() -> {
            try {
                for (int i = 0; i < 2_000; i++) {
                    sync.pullFromReplica();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        pusher.start();
        puller.start();
        pusher.join();
        puller.join();
        System.out.println(sync.readReplica("k"));
    }
}
