package atomicity.nonatomicvolatileupdate;

/**
 * One heartbeat thread, started once by {@code main}, increments a volatile counter that watchdog
 * threads only read. {@code main} is the program's entry point and runs once, so the heartbeat thread
 * it starts is one thread: the single writer loses no update.
 */
public class GoodOneHeartbeatThreadStartedByMain {
    private volatile long beats;
    private volatile boolean running = true;

    void beat() {
        beats++;
    }

    long beats() {
        return beats;
    }

    public static void main(String[] args) throws InterruptedException {
        GoodOneHeartbeatThreadStartedByMain monitor = new GoodOneHeartbeatThreadStartedByMain();
        Thread heart = new Thread(() -> {
            while (monitor.running) {
                monitor.beat();
            }
        });
        Thread watchdog = new Thread(() -> System.out.println(monitor.beats()));
        heart.start();
        watchdog.start();
        watchdog.join();
        monitor.running = false;
        heart.join();
    }
}
