package races.unguardedread;

import java.util.ArrayList;
import java.util.List;

/** Copies the guarded list under the monitor and works on the copy, which is owned by the calling thread. */
public class GoodSnapshotThenRead {
    private final List<String> subscribers = new ArrayList<>();

    public synchronized void subscribe(String address) {
        subscribers.add(address);
    }

    public String mailingList() {
        List<String> copy;
        synchronized (this) {
            copy = new ArrayList<>(subscribers);
        }
        StringBuilder sb = new StringBuilder();
        for (String address : copy) {
            sb.append(address).append(';');
        }
        return sb.toString();
    }
}
