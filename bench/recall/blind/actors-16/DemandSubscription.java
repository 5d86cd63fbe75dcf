// EXPECT: compound-atomic-update @ line 38
package probe16b; import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Subscription for an iterable-backed publisher. Items are emitted on the
 * publisher's executor thread while the subscriber calls request(n) from its
 * own processing thread, so request() and the emit loop run concurrently.
 */
public class DemandSubscription implements Flow.Subscription {

    private final Flow.Subscriber<? super Integer> subscriber;
    private final Iterator<Integer> source;
    private final AtomicLong requested = new AtomicLong();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicLong delivered = new AtomicLong();

    public DemandSubscription(Flow.Subscriber<? super Integer> subscriber, Iterator<Integer> source) {
        this.subscriber = subscriber;
        this.source = source;
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            cancel();
            subscriber.onError(new IllegalArgumentException("non-positive request: " + n));
            return;
        }
        long current = requested.get();
        long updated = current + n < 0 ? Long.MAX_VALUE : current + n;
        requested.set(updated); // BUG: get-then-set is not atomic; a decrement by the emitter thread in between is lost, over-delivering past demand
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }

    /** Runs on the publisher's executor until the source is exhausted or cancelled. */
    void emitLoop() {
        while (!cancelled.get()) {
            if (requested.get() == 0) {
                Thread.onSpinWait();
                continue;
            }
            if (!source.hasNext()) {
                subscriber.onComplete();
                return;
            }
            subscriber.onNext(source.next());
            delivered.incrementAndGet();
            requested.decrementAndGet();
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService publisherThread = Executors.newSingleThreadExecutor();
        ExecutorService subscriberThread = Executors.newSingleThreadExecutor();
        Iterator<Integer> numbers = IntStream.range(0, 200_000).iterator();

        Flow.Subscriber<Integer> slowConsumer = new Flow.Subscriber<>() {
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(8);
            }

            @Override
            public void onNext(Integer item) {
                subscriberThread.execute(() -> subscription.request(1));
            }

            @Override
            public void onError(Throwable t) {
                t.printStackTrace();
            }

            @Override
            public void onComplete() {
                System.out.println("complete");
            }
        };

        DemandSubscription subscription = new DemandSubscription(slowConsumer, numbers);
        slowConsumer.onSubscribe(subscription);
        publisherThread.submit(subscription::emitLoop).get(30, TimeUnit.SECONDS);
        publisherThread.shutdown();
        subscriberThread.shutdown();
        subscriberThread.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("delivered " + subscription.delivered.get()
                + ", outstanding demand " + subscription.requested.get());
    }
}
