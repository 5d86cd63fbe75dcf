package publication.thisescape;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An executor group hands each child a termination listener that counts down and completes the group's
 * own promise with {@code null}, then assigns one more field. The listener reads only fields assigned
 * before; the promise it completes is given nothing of the group (a constant, {@code null}, and the
 * promise itself), so what the promise's code reads, a field of its own that happens to share the late
 * field's name, is not the group's (netty MultithreadEventExecutorGroup: {@code
 * terminationFuture.setSuccess(null)}).
 */
public class GoodListenerCompletesPromiseWithNull {

    private final NullPromise terminationFuture = new NullPromise();
    private final AtomicInteger terminated = new AtomicInteger();
    private final NullPromise[] children;
    private final List<NullPromise> readonlyChildren;

    public GoodListenerCompletesPromiseWithNull(int n) {
        children = new NullPromise[n];
        for (int i = 0; i < n; i++) {
            children[i] = new NullPromise();
        }
        final NullPromiseListener listener = new NullPromiseListener() {
            @Override
            public void completed(Object value) {
                if (terminated.incrementAndGet() == children.length) {
                    terminationFuture.complete(null);
                }
            }
        };
        for (NullPromise c : children) {
            c.addListener(listener);
        }
        readonlyChildren = List.of(children);
    }

    public List<NullPromise> children() {
        return readonlyChildren;
    }
}

interface NullPromiseListener {
    void completed(Object value);
}

final class NullPromise {
    private final List<NullPromiseListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Object> readonlyChildren = new CopyOnWriteArrayList<>();

    public void addListener(NullPromiseListener l) {
        listeners.add(l);
    }

    void complete(Object value) {
        readonlyChildren.add(String.valueOf(value));
        new Thread(() -> listeners.forEach(l -> l.completed(readonlyChildren.size()))).start();
    }
}
