package publication.guardedstateescape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** An unmodifiable view is still a live view: readers traverse the list without the lock while writers change it. */
public class BadUnmodifiableView {
    private final Lock lock = new ReentrantLock();
    private final List<String> members = new ArrayList<>();

    public void join(String member) {
        lock.lock();
        try {
            members.add(member);
        } finally {
            lock.unlock();
        }
    }

    public List<String> members() {
        lock.lock();
        try {
            return Collections.unmodifiableList(members); // expect: GuardedStateEscape['returns a live view of `members`']
        } finally {
            lock.unlock();
        }
    }
}
