package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One lock per account, made on a miss and never removed: two threads that miss at once each make a lock,
 * and the later put replaces the earlier, so the first thread locks an object no one else will ever find
 * and both update the account at once. The lock's identity is the point, so this stays a warning.
 */
public class BadLockPerKeyFilledTwice {
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<String, Long> balances = new ConcurrentHashMap<>();

    public void deposit(String account, long amount) {
        Object lock = locks.get(account);
        if (lock == null) {
            lock = new Object();
            locks.put(account, lock); // expect: CheckThenAct['another thread can change it in between and its update is lost']
        }
        synchronized (lock) {
            balances.merge(account, amount, Long::sum);
        }
    }
}
