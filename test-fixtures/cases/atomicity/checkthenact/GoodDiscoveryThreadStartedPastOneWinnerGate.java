package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A discovery agent's runner thread fills its map of services with a get and then a put. Clients may call
 * `start()` at once, but only the one whose compare-and-set wins makes and starts the runner: one thread
 * per agent runs the get-then-put, and no other thread changes the map (activemq
 * MulticastDiscoveryAgent.processAlive).
 */
public class GoodDiscoveryThreadStartedPastOneWinnerGate implements Runnable {
    private final AtomicBoolean started = new AtomicBoolean();
    private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<String> heartbeats = new LinkedBlockingQueue<>();
    private volatile boolean running = true;

    public void start() {
        if (started.compareAndSet(false, true)) {
            Thread runner = new Thread(this);
            runner.setDaemon(true);
            runner.start();
        }
    }

    public void heartbeat(String service) {
        heartbeats.add(service);
    }

    public Long lastSeen(String service) {
        return lastSeen.get(service);
    }

    @Override
    public void run() {
        while (running) {
            String service = heartbeats.poll();
            if (service != null) {
                processAlive(service);
            }
        }
    }

    private void processAlive(String service) {
        Long seen = lastSeen.get(service);
        if (seen == null) {
            lastSeen.put(service, System.nanoTime());
        }
    }

    public void stop() {
        running = false;
    }
}
