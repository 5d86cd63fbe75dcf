package races.unguardedread;

import java.util.HashSet;
import java.util.Set;

/** A ban list whose HashSet is changed in synchronized methods but queried by contains() without the monitor. */
public class BadContainsWithoutLock {
    private final Set<String> banned = new HashSet<>();

    public synchronized void ban(String user) {
        banned.add(user); // related: UnguardedRead['`banned` is written under `this` here']
    }

    public synchronized void unban(String user) {
        banned.remove(user); // related: UnguardedRead['`banned` is written under `this` here']
    }

    public boolean isBanned(String user) {
        return banned.contains(user); // expect: UnguardedRead['`banned.contains()` is read without `this`, which guards every write to `banned`']
    }
}
