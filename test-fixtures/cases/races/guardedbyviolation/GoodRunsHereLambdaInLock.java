package races.guardedbyviolation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import javax.annotation.concurrent.GuardedBy;

/** Lambdas handed to computeIfAbsent and removeIf run on the calling thread while the lock is held: the accesses are guarded. */
public class GoodRunsHereLambdaInLock {
    private final ReentrantLock lock = new ReentrantLock();

    @GuardedBy("lock")
    private final Map<String, List<String>> members = new HashMap<>();

    @GuardedBy("lock")
    private int removed;

    public void join(String group, String user) {
        lock.lock();
        try {
            members.computeIfAbsent(group, g -> new ArrayList<>()).add(user);
        } finally {
            lock.unlock();
        }
    }

    public void leaveAll(String user) {
        lock.lock();
        try {
            members.values().forEach(list -> {
                if (list.remove(user)) {
                    removed++;
                }
            });
        } finally {
            lock.unlock();
        }
    }
}
