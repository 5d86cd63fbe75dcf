package atomicity.nonatomicvolatileupdate;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-thread counters are summed into a fresh {@code total} that the aggregator object owns (a private
 * field only ever holding the object it created), then negated: the aggregator is created for one
 * call and handed only to a method that runs it there, so {@code negate}'s updates touch an object no
 * other thread can reach (hadoop FileSystem.Statistics.reset, final races review).
 */
public class GoodTotalOwnedByAggregator {

    static final class Data {
        volatile long bytesRead;
        volatile long writeOps;

        void add(Data other) {
            bytesRead += other.bytesRead;
            writeOps += other.writeOps;
        }

        void negate() {
            bytesRead = -bytesRead;
            writeOps = -writeOps;
        }

        long sum() {
            return bytesRead + writeOps;
        }
    }

    interface Aggregator<T> {
        void accept(Data data);

        T aggregate();
    }

    private final List<Data> all = new ArrayList<>();
    private long base;

    private synchronized <T> T visitAll(Aggregator<T> visitor) {
        for (Data d : all) {
            visitor.accept(d);
        }
        return visitor.aggregate();
    }

    public synchronized void register() {
        all.add(new Data());
    }

    public long reset() {
        return visitAll(new Aggregator<Long>() {
            private final Data total = new Data();

            @Override
            public void accept(Data data) {
                total.add(data);
            }

            @Override
            public Long aggregate() {
                total.negate();
                base = total.sum();
                return base;
            }
        });
    }
}
