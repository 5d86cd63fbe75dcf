package misuse.unreleasedlock;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A sender takes the lock only while a re-authentication is pending, and its finally releases it under the
 * same test: every path that took the lock releases it, even when send() throws (jedis's
 * JedisSafeAuthenticator.sendAndFlushCommand).
 */
public class GoodLockTakenOnlyWhenContended {
    private final ReentrantLock commandSync = new ReentrantLock();
    private final AtomicReference<String> pendingToken = new AtomicReference<>();

    public void sendAndFlush(String command) {
        String token = pendingToken.getAndSet(null);
        if (token != null) {
            commandSync.lock();
        }
        try {
            send(command);
        } finally {
            if (token != null) {
                commandSync.unlock();
            }
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
