// EXPECT: check-then-act @ line 27
package probe6c;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Chat login service: each connection handler thread looks up (or creates) the
 * session object for the user that logs in.
 */
public class SessionRegistry {
    static final class Session {
        final String user;
        final long createdAt = System.nanoTime();

        Session(String user) {
            this.user = user;
        }
    }

    private final Map<String, Session> sessions = Collections.synchronizedMap(new HashMap<>());

    public Session login(String user) {
        if (!sessions.containsKey(user)) {
            sessions.put(user, new Session(user)); // BUG: check-then-act put-if-absent on synchronizedMap without holding its lock
        }
        return sessions.get(user);
    }

    public int size() {
        return sessions.size();
    }

    public static void main(String[] args) throws InterruptedException {
        SessionRegistry registry = new SessionRegistry();
        CountDownLatch go = new CountDownLatch(1);
        Thread[] handlers = new Thread[8];
        for (int i = 0; i < handlers.length; i++) {
            final String user = "user" + (i % 3);
            handlers[i] = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                Session s = registry.login(user);
                System.out.println(Thread.currentThread().getName() + " -> " + s.user + "@" + s.createdAt);
            }, "conn-handler-" + i);
            handlers[i].start();
        }
        go.countDown();
        for (Thread t : handlers) {
            t.join();
        }
        System.out.println("sessions: " + registry.size());
    }
}
