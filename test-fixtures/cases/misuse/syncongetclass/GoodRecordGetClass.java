package misuse.syncongetclass;

import java.util.ArrayList;
import java.util.List;

/** Record logging uses under synchronized (getClass()): records are final, so every instance locks the same Class object. */
public record GoodRecordGetClass(String host, int port) {
    private static final List<String> USED = new ArrayList<>();

    public String address() {
        synchronized (getClass()) {
            USED.add(host);
        }
        return host + ":" + port;
    }
}
