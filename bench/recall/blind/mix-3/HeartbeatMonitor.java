// EXPECT: static-thread-method-via-instance @ line 43
package probe3.mix;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends periodic heartbeats to the cluster coordinator. During a leader
 * election the operator console asks the monitor to back off briefly.
 */
public class HeartbeatMonitor {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong beatsSent = new AtomicLong();
    private final Thread sender;
    private final long intervalMillis;

    public HeartbeatMonitor(String nodeId, long intervalMillis) {
        this.intervalMillis = intervalMillis;
        this.sender = new Thread(() -> beatLoop(nodeId), "heartbeat-" + nodeId);
        this.sender.setDaemon(true);
    }

    public void start() {
        sender.start();
    }

    private void beatLoop(String nodeId) {
        while (running.get()) {
            beatsSent.incrementAndGet();
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Called from the operator console thread during an election. */
    public void backOff(long millis) {
        try {
            sender.sleep(millis); // BUG: Thread.sleep is static; this pauses the console thread, the heartbeat sender keeps beating
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void stop() throws InterruptedException {
        running.set(false);
        sender.interrupt();
        sender.join(1_000);
    }

    public long beatsSent() {
        return beatsSent.get();
    }

    public static void main(String[] args) throws InterruptedException {
        HeartbeatMonitor monitor = new HeartbeatMonitor("node-7", 20);
        monitor.start();
        Thread console = new Thread(() -> monitor.backOff(300), "operator-console");
        console.start();
        console.join();
        monitor.stop();
        System.out.println("beats=" + monitor.beatsSent());
    }
}
