// EXPECT: volatile-check-then-act @ line 25
package probe4.safe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

// Cluster heartbeat sender, started lazily by whichever request thread first needs the cluster.
// Intended to run exactly one "heartbeat" thread per process.
public class HeartbeatService {

    private volatile boolean started;
    private volatile boolean stopping;
    private final AtomicLong beatsSent = new AtomicLong();
    private final AtomicInteger senderThreads = new AtomicInteger();
    private final long intervalMillis;

    public HeartbeatService(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    public void ensureStarted() {
        if (!started) { // BUG: check-then-act on a volatile flag is not atomic; two callers can both start a heartbeat thread
            started = true;
            Thread t = new Thread(this::loop, "heartbeat");
            t.setDaemon(true);
            senderThreads.incrementAndGet();
            t.start();
        }
    }

    private void loop() {
        while (!stopping) {
            beatsSent.incrementAndGet();
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public void stop() {
        stopping = true;
    }

    public int senderThreads() {
        return senderThreads.get();
    }

    public static void main(String[] args) throws InterruptedException {
        HeartbeatService hb = new HeartbeatService(5);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                hb.ensureStarted();
            }, "request-" + i);
            requests.add(t);
            t.start();
        }
        go.countDown();
        for (Thread t : requests) {
            t.join();
        }
        Thread.sleep(50);
        hb.stop();
        System.out.println("heartbeat threads started=" + hb.senderThreads() + " beats=" + hb.beatsSent.get());
    }
}
