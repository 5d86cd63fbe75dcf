package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The look-alike of GoodSubscriberSignalsAreSerial whose counts a timer thread also halves: the timer is
 * no signal, so its get-then-put runs at the same time as onNext's, and one of the two updates is lost.
 */
public class BadSubscriberCountsAlsoDecayedByTimer<T> implements Flow.Subscriber<T> {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Map<Integer, Integer> counts = new ConcurrentHashMap<>();

    @Override
    public void onSubscribe(Flow.Subscription s) {
        timer.scheduleAtFixedRate(this::decay, 1, 1, TimeUnit.SECONDS);
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(T item) {
        int key = item.hashCode() % 16;
        Integer count = counts.get(key);
        if (count == null) {
            counts.put(key, 1);
        } else {
            counts.put(key, count + 1); // expect: CheckThenAct['check-then-act on concurrent map `counts`']
        }
    }

    private void decay() {
        for (int key = 0; key < 16; key++) {
            Integer count = counts.get(key);
            if (count != null) {
                counts.put(key, count / 2); // expect: CheckThenAct['check-then-act on concurrent map `counts`']
            }
        }
    }

    @Override
    public void onError(Throwable t) {
        timer.shutdown();
    }

    @Override
    public void onComplete() {
        timer.shutdown();
    }
}
