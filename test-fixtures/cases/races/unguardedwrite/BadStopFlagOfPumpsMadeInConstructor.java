package races.unguardedwrite;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The constructor makes the pump threads (they run {@code this::pumpLoop}), {@code start} starts them,
 * and {@code shutdown} clears a plain flag they poll. The program that uses it makes the pump in a local,
 * but starting the pumps hands the object to them: from then on the flag is shared, and a pump may never
 * see it cleared (CERT VNA00-J).
 */
public class BadStopFlagOfPumpsMadeInConstructor {
    private final Queue<Runnable> events = new ConcurrentLinkedQueue<>();
    private final Thread[] pumps;
    private boolean running = true; // expect: UnguardedWrite['`running`, neither volatile nor guarded, is written in'], UnguardedWrite['make `running` volatile']

    public BadStopFlagOfPumpsMadeInConstructor(int threads) {
        pumps = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            pumps[i] = new Thread(this::pumpLoop, "pump-" + i);
        }
    }

    public void start() {
        for (Thread t : pumps) {
            t.start();
        }
    }

    public void post(Runnable event) {
        events.add(event);
    }

    private void pumpLoop() {
        while (running) { // expect: UnguardedWrite['this loop polls']
            Runnable r = events.poll();
            if (r != null) {
                r.run();
            }
        }
    }

    public void shutdown() throws InterruptedException {
        running = false; // related: UnguardedWrite['`running` is written here, without a lock']
        for (Thread t : pumps) {
            t.join();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        BadStopFlagOfPumpsMadeInConstructor pump = new BadStopFlagOfPumpsMadeInConstructor(2);
        pump.start();
        pump.post(() -> System.out.println("event"));
        pump.shutdown();
    }
}
