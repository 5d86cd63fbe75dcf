// EXPECT: none
package probe16b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pushes each emitted element to all attached sinks. The upstream thread
 * calls emit() while request-handler threads attach and detach sinks.
 */
public class FanOutPublisher {

    public interface Sink {
        void accept(Object element);
    }

    private final List<Sink> sinks = new ArrayList<>();
    private final AtomicLong emitted = new AtomicLong();

    public synchronized void attach(Sink sink) {
        sinks.add(sink);
    }

    public synchronized void detach(Sink sink) {
        sinks.remove(sink);
    }

    private synchronized List<Sink> currentSinks() {
        return new ArrayList<>(sinks);
    }

    public void emit(Object element) {
        List<Sink> snapshot = currentSinks();
        for (Sink sink : snapshot) { // OK: iterates a private copy taken while holding the lock; concurrent attach/detach touch only the original
            sink.accept(element);
        }
        emitted.incrementAndGet();
    }

    public static void main(String[] args) throws Exception {
        FanOutPublisher publisher = new FanOutPublisher();
        AtomicLong delivered = new AtomicLong();

        Thread upstream = new Thread(() -> {
            for (int i = 0; i < 200_000; i++) {
                publisher.emit(i);
            }
        }, "upstream");

        ExecutorService handlers = Executors.newFixedThreadPool(4);
        upstream.start();
        for (int i = 0; i < 5_000; i++) {
            handlers.execute(() -> {
                Sink sink = e -> delivered.incrementAndGet();
                publisher.attach(sink);
                publisher.detach(sink);
            });
        }
        handlers.shutdown();
        handlers.awaitTermination(10, TimeUnit.SECONDS);
        upstream.join();
        System.out.println("emitted " + publisher.emitted.get() + ", delivered " + delivered.get());
    }
}
