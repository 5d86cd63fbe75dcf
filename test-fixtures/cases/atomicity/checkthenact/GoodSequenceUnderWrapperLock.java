package atomicity.checkthenact;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** The get-compute-put sequence on a synchronizedMap runs inside synchronized (memo), the wrapper's own lock: it is atomic. */
public class GoodSequenceUnderWrapperLock {
    private final Map<Integer, Long> memo = Collections.synchronizedMap(new HashMap<>());

    public long square(int n) {
        synchronized (memo) {
            Long cached = memo.get(n);
            if (cached == null) {
                cached = (long) n * n;
                memo.put(n, cached);
            }
            return cached;
        }
    }
}
