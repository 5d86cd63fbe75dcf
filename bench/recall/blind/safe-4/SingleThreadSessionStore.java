// EXPECT: none
package probe4.safe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// Web session store whose state is owned by a single "session-owner" thread.
// OK: 'sessions' and 'evictions' are only ever touched by tasks running on the single-thread executor; callers get results via CompletableFuture
public class SingleThreadSessionStore {

    static final class Session {
        final String id;
        final String user;
        long lastSeenMillis;

        Session(String id, String user, long now) {
            this.id = id;
            this.user = user;
            this.lastSeenMillis = now;
        }
    }

    private final Map<String, Session> sessions = new HashMap<>();
    private long evictions;
    private final ExecutorService owner = Executors.newSingleThreadExecutor(r -> new Thread(r, "session-owner"));

    public CompletableFuture<Void> touch(String id, String user, long now) {
        return CompletableFuture.runAsync(() -> {
            Session s = sessions.computeIfAbsent(id, k -> new Session(k, user, now));
            s.lastSeenMillis = Math.max(s.lastSeenMillis, now);
        }, owner);
    }

    public CompletableFuture<Integer> evictIdle(long now, long ttlMillis) {
        return CompletableFuture.supplyAsync(() -> {
            int removed = 0;
            for (Iterator<Session> it = sessions.values().iterator(); it.hasNext(); ) {
                if (now - it.next().lastSeenMillis > ttlMillis) {
                    it.remove();
                    removed++;
                }
            }
            evictions += removed;
            return removed;
        }, owner);
    }

    public CompletableFuture<Integer> size() {
        return CompletableFuture.supplyAsync(sessions::size, owner);
    }

    public CompletableFuture<Long> evictionCount() {
        return CompletableFuture.supplyAsync(() -> evictions, owner);
    }

    public void shutdown() throws InterruptedException {
        owner.shutdown();
        owner.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        SingleThreadSessionStore store = new SingleThreadSessionStore();
        List<Thread> handlers = new ArrayList<>();
        for (int h = 0; h < 4; h++) {
            final int handler = h;
            Thread t = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    store.touch("sess-" + (i % 120), "user-" + handler, handler * 1000L + i).join();
                }
            }, "http-" + h);
            handlers.add(t);
            t.start();
        }
        Thread janitor = new Thread(() -> {
            for (int i = 0; i < 20; i++) {
                store.evictIdle(3000 + i * 50L, 1500).join();
            }
        }, "janitor");
        janitor.start();
        for (Thread t : handlers) {
            t.join();
        }
        janitor.join();
        System.out.println("live=" + store.size().get() + " evicted=" + store.evictionCount().get());
        store.shutdown();
    }
}
