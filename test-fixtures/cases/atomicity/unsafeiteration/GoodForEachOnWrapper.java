package atomicity.unsafeiteration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Uses forEach and removeIf on a synchronizedList: the wrapper runs them while holding its own monitor. */
public class GoodForEachOnWrapper {
    private final List<String> recipients = Collections.synchronizedList(new ArrayList<>());

    public void subscribe(String address) {
        recipients.add(address);
    }

    public String headerLine() {
        StringBuilder sb = new StringBuilder("To: ");
        recipients.forEach(address -> sb.append(address).append(", "));
        return sb.toString();
    }

    public void unsubscribeDomain(String domain) {
        recipients.removeIf(address -> address.endsWith("@" + domain));
    }
}
