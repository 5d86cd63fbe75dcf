package misuse.unreleasedlock;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The same sender, but it releases the lock after the send instead of in a finally: when send() throws
 * during a pending re-authentication, the lock stays held and every later sender blocks forever.
 */
public class BadLockTakenOnlyWhenContendedUnlockedAfter {
    private final ReentrantLock commandSync = new ReentrantLock();
    private final AtomicReference<String> pendingToken = new AtomicReference<>();

    public void sendAndFlush(String command) {
        String token = pendingToken.getAndSet(null);
        if (token != null) {
            commandSync.lock(); // expect: UnreleasedLock['`commandSync` is released outside a finally block']
        }
        send(command);
        if (token != null) {
            commandSync.unlock();
        }
    }

    public void reauthenticate(String token) {
        pendingToken.set(token);
        commandSync.lock();
        try {
            send("AUTH " + token);
        } finally {
            commandSync.unlock();
        }
    }

    private static void send(String command) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        System.out.println(command);
    }
}
