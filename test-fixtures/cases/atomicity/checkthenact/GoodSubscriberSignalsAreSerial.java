package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;

/**
 * A subscriber keeps the last item and groups items by key in plain fields. A publisher signals
 * onSubscribe, onNext, onError and onComplete one at a time (the Reactive Streams rule that Flow adopts),
 * so the signals never overlap, whichever threads they arrive on; cancel, which any thread may call,
 * touches only the volatile subscription (reactor TakeLastOneSubscriber, FluxGroupBy).
 */
public class GoodSubscriberSignalsAreSerial<T> implements Flow.Subscriber<T> {
    private final Map<Integer, Integer> counts = new ConcurrentHashMap<>();
    private final Flow.Subscriber<? super T> downstream;
    private volatile Flow.Subscription upstream;
    private T last;
    private Throwable error;

    public GoodSubscriberSignalsAreSerial(Flow.Subscriber<? super T> downstream) {
        this.downstream = downstream;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        upstream = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(T item) {
        last = item;
        int key = item.hashCode() % 16;
        Integer count = counts.get(key);
        if (count == null) {
            counts.put(key, 1);
        } else {
            counts.put(key, count + 1);
        }
    }

    @Override
    public void onError(Throwable t) {
        error = t;
        last = null;
        counts.clear();
        downstream.onError(t);
    }

    @Override
    public void onComplete() {
        T v = last;
        if (v != null && error == null) {
            downstream.onNext(v);
        }
        downstream.onComplete();
    }

    public void cancel() {
        Flow.Subscription s = upstream;
        if (s != null) {
            s.cancel();
        }
    }
}
