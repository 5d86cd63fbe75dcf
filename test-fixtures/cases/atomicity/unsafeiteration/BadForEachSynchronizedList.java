package atomicity.unsafeiteration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Iterates a Collections.synchronizedList with for-each without holding its monitor: a concurrent add throws ConcurrentModificationException. */
public class BadForEachSynchronizedList {
    private final List<String> recipients = Collections.synchronizedList(new ArrayList<>());

    public void subscribe(String address) {
        recipients.add(address);
    }

    public String headerLine() {
        StringBuilder sb = new StringBuilder("To: ");
        for (String address : recipients) { // expect: UnsafeIteration['`recipients` is iterated without holding `recipients`, yet it is a synchronized wrapper']
            sb.append(address).append(", ");
        }
        return sb.toString();
    }
}
