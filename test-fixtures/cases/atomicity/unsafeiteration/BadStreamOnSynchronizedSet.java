package atomicity.unsafeiteration;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** Streams a Collections.synchronizedSet without its monitor: the stream iterates the backing set while others modify it. */
public class BadStreamOnSynchronizedSet {
    private final Set<String> onlineUsers = Collections.synchronizedSet(new HashSet<>());

    public void login(String user) {
        onlineUsers.add(user);
    }

    public void logout(String user) {
        onlineUsers.remove(user);
    }

    public long admins() {
        return onlineUsers.stream().filter(u -> u.startsWith("admin-")).count(); // expect: UnsafeIteration
    }
}
