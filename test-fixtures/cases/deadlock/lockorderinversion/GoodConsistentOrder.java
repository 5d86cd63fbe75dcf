package deadlock.lockorderinversion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every path that needs both locks takes accountsLock first and journalLock second (directly or through a helper), so no cycle exists. */
public final class GoodConsistentOrder {
    private final Object accountsLock = new Object();
    private final Object journalLock = new Object();
    private final Map<String, Long> balances = new HashMap<>();
    private final List<String> journal = new ArrayList<>();

    public void credit(String account, long amount) {
        synchronized (accountsLock) {
            balances.merge(account, amount, Long::sum);
            appendJournal("credit " + account + " " + amount);
        }
    }

    public void close(String account) {
        synchronized (accountsLock) {
            Long last = balances.remove(account);
            synchronized (journalLock) {
                journal.add("close " + account + " " + last);
            }
        }
    }

    public List<String> journalSnapshot() {
        synchronized (journalLock) {
            return new ArrayList<>(journal);
        }
    }

    private void appendJournal(String line) {
        synchronized (journalLock) {
            journal.add(line);
        }
    }
}
