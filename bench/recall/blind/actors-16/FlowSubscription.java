// EXPECT: none
package probe16b; import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Demand-tracking subscription. The emit loop runs on the publisher's thread
 * and consumes demand; the subscriber adds demand from its own thread by
 * calling request(n) at any time.
 */
public class FlowSubscription implements Flow.Subscription {

    private final Flow.Subscriber<? super Integer> downstream;
    private final Iterator<Integer> items;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public FlowSubscription(Flow.Subscriber<? super Integer> downstream, Iterator<Integer> items) {
        this.downstream = downstream;
        this.items = items;
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            cancel();
            downstream.onError(new IllegalArgumentException("rule 3.9: request must be positive"));
            return;
        }
        for (;;) {
            long current = demand.get();
            long updated = current + n < 0 ? Long.MAX_VALUE : current + n;
            if (demand.compareAndSet(current, updated)) { // OK: CAS fails and retries if the emitter changed demand after the read
                return;
            }
        }
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }

    void emit() {
        while (!cancelled.get()) {
            if (demand.get() == 0) {
                Thread.onSpinWait();
                continue;
            }
            if (!items.hasNext()) {
                downstream.onComplete();
                return;
            }
            downstream.onNext(items.next());
            demand.decrementAndGet();
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService emitter = Executors.newSingleThreadExecutor();
        ExecutorService consumer = Executors.newSingleThreadExecutor();
        Flow.Subscriber<Integer> sink = new Flow.Subscriber<>() {
            private Flow.Subscription upstream;
            private long sum;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                upstream = s;
                s.request(16);
            }

            @Override
            public void onNext(Integer item) {
                sum += item;
                consumer.execute(() -> upstream.request(1));
            }

            @Override
            public void onError(Throwable t) {
                t.printStackTrace();
            }

            @Override
            public void onComplete() {
                System.out.println("sum " + sum);
            }
        };
        FlowSubscription subscription = new FlowSubscription(sink, IntStream.range(0, 100_000).iterator());
        sink.onSubscribe(subscription);
        emitter.submit(subscription::emit).get(30, TimeUnit.SECONDS);
        emitter.shutdown();
        consumer.shutdown();
        consumer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
