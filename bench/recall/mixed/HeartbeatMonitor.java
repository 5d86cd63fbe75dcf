// EXPECT: none
package recall3;

import java.util.concurrent.TimeUnit;

/**
 * Liveness monitor. Exactly one heartbeat thread updates the volatile counters (a single
 * writer), so the non-atomic increment cannot lose updates; watchdog threads only read them.
 */
public class HeartbeatMonitor {
    private volatile long beats;
    private volatile long lastBeatNanos = System.nanoTime();
    private volatile boolean running = true;

    /** Only ever called by the heartbeat thread. */
    void beat() {
        beats++;
        lastBeatNanos = System.nanoTime();
    }

    boolean looksAlive(long maxSilenceMillis) {
        return System.nanoTime() - lastBeatNanos < TimeUnit.MILLISECONDS.toNanos(maxSilenceMillis);
    }

    public static void main(String[] args) throws InterruptedException {
        HeartbeatMonitor monitor = new HeartbeatMonitor();
        Thread heart = new Thread(() -> {
            while (monitor.running) {
                monitor.beat();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "heartbeat");
        Thread[] watchdogs = new Thread[3];
        for (int i = 0; i < watchdogs.length; i++) {
            watchdogs[i] = new Thread(() -> {
                int alive = 0;
                for (int k = 0; k < 20; k++) {
                    if (monitor.looksAlive(100)) {
                        alive++;
                    }
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                System.out.println(Thread.currentThread().getName() + " saw alive " + alive
                        + "/20, beats=" + monitor.beats);
            }, "watchdog-" + i);
        }
        heart.start();
        for (Thread w : watchdogs) {
            w.start();
        }
        for (Thread w : watchdogs) {
            w.join();
        }
        monitor.running = false;
        heart.join();
        System.out.println("total beats " + monitor.beats);
    }
}
