package publication.doublecheckedlocking;

import java.util.concurrent.Flow;

/**
 * The first item is tested without the monitor and stored under it in onNext, and cancel stores a
 * shared marker under the monitor. onNext's runs are signals, ordered one after another, so the
 * unlocked test sees every item an earlier onNext stored; the only store another thread makes is the
 * marker, a static final object, fully built before any thread can see it (reactor MonoReduce).
 */
public class GoodFirstItemCheckedTwiceInSubscriberSignal<T> implements Flow.Subscriber<T> {
    static final Object CANCELLED = new Object();

    private final Flow.Subscriber<? super T> downstream;
    private volatile Flow.Subscription upstream;
    private T first;

    public GoodFirstItemCheckedTwiceInSubscriberSignal(Flow.Subscriber<? super T> downstream) {
        this.downstream = downstream;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        upstream = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(T item) {
        T r = this.first;
        if (r == CANCELLED) {
            return;
        }
        if (r == null) {
            synchronized (this) {
                if (this.first == null) {
                    this.first = item;
                }
            }
        }
    }

    @Override
    public void onError(Throwable t) {
        downstream.onError(t);
    }

    @Override
    public void onComplete() {
        T r;
        synchronized (this) {
            r = this.first;
        }
        if (r != null && r != CANCELLED) {
            downstream.onNext(r);
        }
        downstream.onComplete();
    }

    public void cancel() {
        upstream.cancel();
        synchronized (this) {
            @SuppressWarnings("unchecked")
            T cancelled = (T) CANCELLED;
            this.first = cancelled;
        }
    }
}
