package atomicity.putifabsentignored;

import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;

/** Registers a connection by host and then records it as active: the recorded one may not be the registered one. */
public class BadConnectionStoredAfterPutIfAbsent {
    /** A connection handle. */
    public record Connection(String host, long openedAtMillis) {
    }

    private final ConcurrentMap<String, Connection> byHost = new ConcurrentHashMap<>();
    private final Queue<Connection> active = new ConcurrentLinkedQueue<>();

    public void connect(String host, long nowMillis) {
        Connection connection = new Connection(host, nowMillis);
        byHost.putIfAbsent(host, connection); // expect: PutIfAbsentIgnored['but `connection` is used afterwards']
        active.add(connection);
    }
}
