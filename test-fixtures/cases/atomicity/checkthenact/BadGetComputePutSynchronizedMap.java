package atomicity.checkthenact;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A memo on a Collections.synchronizedMap: each call is atomic, but get, compute, put as a sequence is not. */
public class BadGetComputePutSynchronizedMap {
    private final Map<Integer, Long> memo = Collections.synchronizedMap(new HashMap<>());

    public long square(int n) {
        Long cached = memo.get(n);
        if (cached == null) {
            cached = (long) n * n;
            memo.put(n, cached); // expect: CheckThenAct['on synchronized collection `memo`: `get` and then `put`']
        }
        return cached;
    }
}
