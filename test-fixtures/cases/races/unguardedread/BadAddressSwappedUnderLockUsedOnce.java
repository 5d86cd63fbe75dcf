package races.unguardedread;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A notifier whose synchronized setter swaps the address and whose send reads it once, without the lock,
 * and only uses it: a stale address is the one a moment ago, so the finding is a note.
 */
public class BadAddressSwappedUnderLockUsedOnce {
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private String address = "ops@example.com";

    public synchronized void setAddress(String next) {
        address = next; // related: UnguardedRead['`address` is written under `this` here']
    }

    public void send(String message) {
        sent.add(address + ": " + message); // expect: UnguardedRead['`address` is read without `this`, which guards every write to `address` (as in `BadAddressSwappedUnderLockUsedOnce.setAddress`): this read can see a stale value']
    }
}
