package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest event per endpoint is replaced optimistically: the code keeps what {@code put} returns
 * and sends the event only if nobody replaced the entry since it was read, so a concurrent update is
 * seen and handled (cassandra transport Server.EventNotifier). And a name cache filled with a value
 * built independently of what was read: any thread's value is as good as another's.
 */
public class GoodPutResultCompared {
    private final Map<String, Integer> latest = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();

    public void onChange(String endpoint, int status) {
        Integer prev = latest.get(endpoint);
        Integer ret = latest.put(endpoint, Integer.valueOf(status));
        if (ret == prev) {
            System.out.println("send " + endpoint + " " + status + " after " + prev);
        }
    }

    public String name(String key) {
        String cached = names.get(key);
        System.out.println("cached " + cached);
        String fresh = key.toUpperCase(java.util.Locale.ROOT);
        names.put(key, fresh);
        return fresh;
    }
}
