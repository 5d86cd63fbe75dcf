// EXPECT: deadlock-lock-ordering-or-a-lock-held-while-calling-out @ line 73
package probe12b; import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/*
 * Buffers log records and ships them in batches. A scheduled flusher sends every 2s;
 * a separate watchdog task re-establishes the connection when it goes unhealthy and
 * puts the in-flight batch back into the buffer. Both run on the same 2-thread scheduler.
 */
public class LogBatchShipper {

    interface Transport {
        boolean healthy();

        void send(List<String> batch);

        Transport reopen();
    }

    private final Object bufferLock = new Object();
    private final Object connectionLock = new Object();
    private final Deque<String> buffer = new ArrayDeque<>();
    private List<String> inFlight = new ArrayList<>();
    private Transport transport;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

    public LogBatchShipper(Transport transport) {
        this.transport = transport;
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::flush, 2, 2, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::checkConnection, 1, 1, TimeUnit.SECONDS);
    }

    public void append(String record) {
        synchronized (bufferLock) {
            buffer.addLast(record);
        }
    }

    void flush() {
        synchronized (bufferLock) {
            if (buffer.isEmpty()) {
                return;
            }
            List<String> batch = new ArrayList<>(buffer);
            buffer.clear();
            synchronized (connectionLock) {
                inFlight = batch;
                try {
                    transport.send(batch);
                    inFlight = new ArrayList<>();
                } catch (RuntimeException e) {
                    System.err.println("ship failed, keeping batch for retry: " + e);
                }
            }
        }
    }

    void checkConnection() {
        synchronized (connectionLock) {
            if (transport.healthy()) {
                return;
            }
            transport = transport.reopen();
            if (!inFlight.isEmpty()) {
                synchronized (bufferLock) { // BUG: lock-order inversion (connectionLock then bufferLock) vs flush() (bufferLock then connectionLock) can deadlock
                    for (int i = inFlight.size() - 1; i >= 0; i--) {
                        buffer.addFirst(inFlight.get(i));
                    }
                }
                inFlight = new ArrayList<>();
            }
        }
    }

    public void stop() {
        scheduler.shutdown();
    }
}
