package atomicity.checkthenact;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A rate limiter that reads a client's count, computes the next one in a local and puts it back: two
 * request threads of one client both put the same number, one hit is lost, and the limit lets through
 * more than it should.
 */
public class BadCountComputedInLocalThenPut {
    private final ConcurrentHashMap<String, Integer> hits = new ConcurrentHashMap<>();
    private final int limit;

    public BadCountComputedInLocalThenPut(int limit) {
        this.limit = limit;
    }

    public boolean tryAcquire(String client) {
        Integer current = hits.get(client);
        int next = current == null ? 1 : current + 1;
        if (next > limit) {
            return false;
        }
        hits.put(client, next); // expect: CheckThenAct['check-then-act on concurrent map `hits`: `get` and then `put` are each atomic, but not together']
        return true;
    }

    public void reset() {
        hits.clear();
    }
}
