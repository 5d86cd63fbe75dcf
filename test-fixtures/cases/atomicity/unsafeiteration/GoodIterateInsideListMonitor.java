package atomicity.unsafeiteration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** Iterates a synchronizedList inside synchronized (list), as its Javadoc requires: writers wait until the walk ends. */
public class GoodIterateInsideListMonitor {
    private final List<String> recipients = Collections.synchronizedList(new ArrayList<>());

    public void subscribe(String address) {
        recipients.add(address);
    }

    public String headerLine() {
        StringBuilder sb = new StringBuilder("To: ");
        synchronized (recipients) {
            for (String address : recipients) {
                sb.append(address).append(", ");
            }
        }
        return sb.toString();
    }

    public void unsubscribeDomain(String domain) {
        synchronized (recipients) {
            Iterator<String> it = recipients.iterator();
            while (it.hasNext()) {
                if (it.next().endsWith("@" + domain)) {
                    it.remove();
                }
            }
        }
    }
}
