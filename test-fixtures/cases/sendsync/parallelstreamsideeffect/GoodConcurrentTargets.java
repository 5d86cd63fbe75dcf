package sendsync.parallelstreamsideeffect;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** A parallel forEach that only updates a ConcurrentHashMap and a LongAdder: both are built for concurrent updates. */
public class GoodConcurrentTargets {
    private final LongAdder processed = new LongAdder();

    public Map<String, Integer> countDomains(List<String> emails) {
        Map<String, Integer> perDomain = new ConcurrentHashMap<>();
        emails.parallelStream().forEach(e -> {
            perDomain.merge(e.substring(e.indexOf('@') + 1), 1, Integer::sum);
            processed.increment();
        });
        return perDomain;
    }

    public long processed() {
        return processed.sum();
    }
}
