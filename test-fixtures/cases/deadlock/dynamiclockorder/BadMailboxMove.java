package deadlock.dynamiclockorder;

import java.util.ArrayList;
import java.util.List;

/** Moving all messages from one mailbox to another synchronizes on the source and then the target: a user moving a to b while another moves b to a deadlocks. */
public final class BadMailboxMove {
    static final class Mailbox {
        private final List<String> messages = new ArrayList<>();

        synchronized void deliver(String message) {
            messages.add(message);
        }

        synchronized int size() {
            return messages.size();
        }
    }

    public static int moveAll(Mailbox source, Mailbox target) {
        synchronized (source) {
            synchronized (target) { // expect: DynamicLockOrder
                int moved = source.messages.size();
                target.messages.addAll(source.messages);
                source.messages.clear();
                return moved;
            }
        }
    }
}
