// EXPECT: notify-instead-of-notifyall @ line 25
package probe8c; import java.util.ArrayList;
import java.util.List;

// Hand-rolled countdown latch used during service boot: each subsystem initialiser
// calls arrive(), and every request-handler thread blocks in awaitReady() until
// all subsystems are up.
public class StartupGate {

    private int remaining; // guarded by this

    public StartupGate(int subsystems) {
        if (subsystems <= 0) {
            throw new IllegalArgumentException("subsystems must be positive");
        }
        this.remaining = subsystems;
    }

    public synchronized void arrive() {
        if (remaining == 0) {
            return;
        }
        remaining--;
        if (remaining == 0) {
            notify(); // BUG: several handler threads wait on this monitor; notify() wakes only one and the rest block forever
        }
    }

    public synchronized void awaitReady() throws InterruptedException {
        while (remaining > 0) {
            wait();
        }
    }

    public synchronized boolean isReady() {
        return remaining == 0;
    }

    public static void main(String[] args) throws InterruptedException {
        String[] subsystems = {"config", "database", "cache"};
        StartupGate gate = new StartupGate(subsystems.length);
        List<Thread> handlers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread handler = new Thread(() -> {
                try {
                    gate.awaitReady();
                    System.out.println(Thread.currentThread().getName() + " accepting requests");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "handler-" + i);
            handler.start();
            handlers.add(handler);
        }
        for (String name : subsystems) {
            Thread init = new Thread(() -> {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                gate.arrive();
            }, "init-" + name);
            init.start();
        }
        for (Thread handler : handlers) {
            handler.join();
        }
        System.out.println("all handlers running");
    }
}
