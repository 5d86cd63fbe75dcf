// EXPECT: unsafe-iteration @ line 27
package recall3;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Event dispatcher: a plugin-loader thread registers listeners while the dispatch thread is
 * delivering events. Registration is synchronized, but dispatch iterates the plain ArrayList
 * without the lock, risking ConcurrentModificationException or missed listeners.
 */
public class ListenerIterationMain {

    interface EventListener {
        void onEvent(String event);
    }

    static final class EventDispatcher {
        private final List<EventListener> listeners = new ArrayList<>();

        synchronized void addListener(EventListener l) {
            listeners.add(l);
        }

        void dispatch(String event) {
            for (EventListener l : listeners) {
                l.onEvent(event);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        EventDispatcher dispatcher = new EventDispatcher();
        AtomicInteger delivered = new AtomicInteger();
        Thread loader = new Thread(() -> {
            for (int i = 0; i < 2_000; i++) {
                dispatcher.addListener(e -> delivered.incrementAndGet());
            }
        }, "plugin-loader");
        Thread dispatch = new Thread(() -> {
            for (int i = 0; i < 2_000; i++) {
                dispatcher.dispatch("tick-" + i);
            }
        }, "dispatcher");
        loader.start();
        dispatch.start();
        loader.join();
        dispatch.join();
        System.out.println("delivered " + delivered.get() + " notifications");
    }
}
