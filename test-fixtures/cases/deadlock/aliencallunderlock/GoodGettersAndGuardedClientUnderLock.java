package deadlock.aliencallunderlock;

import java.util.ArrayList;
import java.util.List;

/**
 * Under the lock: getters of a data interface passed in, and calls on a client object the lock exists
 * to serialize (every call on it is made under the lock). Neither is a callback.
 */
public class GoodGettersAndGuardedClientUnderLock {

    public interface Node {
        String getLocation();

        int getLevel();
    }

    public interface Client {
        void send(String message);

        void poll(long timeoutMs);
    }

    private final Object lock = new Object();
    private final List<String> locations = new ArrayList<>();
    private final Client client;

    public GoodGettersAndGuardedClientUnderLock(Client client) {
        this.client = client;
    }

    public void add(Node node) {
        synchronized (lock) {
            if (node.getLevel() > 0) {
                locations.add(node.getLocation());
            }
        }
    }

    public void send(String message) {
        synchronized (lock) {
            client.send(message);
        }
    }

    public void poll() {
        synchronized (lock) {
            client.poll(100);
        }
    }
}
