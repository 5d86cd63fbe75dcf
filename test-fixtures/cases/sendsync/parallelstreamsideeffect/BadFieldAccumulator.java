package sendsync.parallelstreamsideeffect;

import java.util.List;

/** A parallel stage adds to a plain long field: the read-modify-write races and totals are lost. */
public class BadFieldAccumulator {
    private long totalCents;

    public long total(List<Long> amounts) {
        totalCents = 0;
        amounts.parallelStream().forEach(a -> totalCents += a); // expect: ParallelStreamSideEffect['field `totalCents` is updated here by a stage of the parallel stream']
        return totalCents;
    }
}
