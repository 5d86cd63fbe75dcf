// EXPECT: visibility-of-a-stop-state-flag @ line 13
package probe13c; import java.util.concurrent.atomic.AtomicLong;

/**
 * Polls Modbus sensors attached to an edge gateway in a tight loop and
 * hands readings to the uplink. The worker runs on its own thread; the
 * gateway's shutdown hook calls {@link #shutdown()} from another thread.
 */
public class SensorPollingWorker extends Thread {

    private final int[] registerAddresses;
    private final AtomicLong readings = new AtomicLong();
    private boolean running = true; // BUG: stop flag is not volatile; the polling thread may never observe shutdown()

    public SensorPollingWorker(int[] registerAddresses) {
        super("modbus-poller");
        this.registerAddresses = registerAddresses.clone();
    }

    @Override
    public void run() {
        long checksum = 0;
        while (running) {
            for (int address : registerAddresses) {
                checksum += readRegister(address);
            }
            readings.incrementAndGet();
        }
        System.out.println("poller exiting, checksum=" + checksum);
    }

    private int readRegister(int address) {
        return (address * 31) ^ 0x5A5A;
    }

    public void shutdown() {
        running = false;
    }

    public long readingCount() {
        return readings.get();
    }

    public static void main(String[] args) throws InterruptedException {
        SensorPollingWorker worker = new SensorPollingWorker(new int[] {40001, 40002, 40010, 40011});
        worker.start();
        Thread.sleep(500);
        worker.shutdown();
        worker.join(3000);
        System.out.println("stopped=" + !worker.isAlive() + " readings=" + worker.readingCount());
        if (worker.isAlive()) {
            System.exit(1);
        }
    }
}
