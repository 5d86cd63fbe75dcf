package deadlock.aliencallunderlock;

import java.util.ArrayList;
import java.util.List;

/**
 * Under the lock: getters of a data interface passed in, and calls on a client object the lock exists
 * to serialize (every call on it is made under the lock). The program implements both interfaces, and
 * its implementations return fields and buffer messages: no unknown code runs under the lock (hadoop
 * NetworkTopology and Node, kafka ConsumerNetworkClient and KafkaClient, deadlock review B3, B5).
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

    /** The program's node: its getters return fields. */
    public static final class NodeBase implements Node {
        private final String location;
        private final int level;

        public NodeBase(String location, int level) {
            this.location = location;
            this.level = level;
        }

        @Override
        public String getLocation() {
            return location;
        }

        @Override
        public int getLevel() {
            return level;
        }
    }

    /** The program's client: buffers what it sends until a poll writes it out. */
    public static final class BufferingClient implements Client {
        private final List<String> outbound = new ArrayList<>();

        @Override
        public void send(String message) {
            outbound.add(message);
        }

        @Override
        public void poll(long timeoutMs) {
            outbound.clear();
        }
    }
}
