package atomicity.unsafeiteration;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Iterates a CopyOnWriteArrayList and a ConcurrentHashMap without a lock: their iterators are designed for concurrent change. */
public class GoodConcurrentCollections {
    private final List<String> recipients = new CopyOnWriteArrayList<>();
    private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();

    public void subscribe(String address) {
        recipients.add(address);
    }

    public void touch(String session, long nowMillis) {
        lastSeen.put(session, nowMillis);
    }

    public String headerLine() {
        StringBuilder sb = new StringBuilder("To: ");
        for (String address : recipients) {
            sb.append(address).append(", ");
        }
        return sb.toString();
    }

    public long idle(long nowMillis, long idleMillis) {
        return lastSeen.values().stream().filter(seen -> nowMillis - seen > idleMillis).count();
    }
}
