// EXPECT: deadlock-join-under-lock @ line 70
package recall2;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Ships log records to a replica on a background sender thread. stop() is expected to
 * drain the thread before the caller tears down the network connection.
 */
public class ReplicationSender {

    private final Deque<byte[]> pending = new ArrayDeque<>();
    private final String replicaAddress;
    private Thread sender;
    private boolean stopped;
    private long shippedBytes;

    public ReplicationSender(String replicaAddress) {
        this.replicaAddress = replicaAddress;
    }

    public synchronized void start() {
        if (sender != null) {
            throw new IllegalStateException("already started");
        }
        sender = new Thread(this::sendLoop, "replication-sender-" + replicaAddress);
        sender.start();
    }

    public synchronized void enqueue(byte[] record) {
        if (stopped) {
            throw new IllegalStateException("sender stopped");
        }
        pending.addLast(record);
        notifyAll();
    }

    private synchronized byte[] nextRecord() throws InterruptedException {
        while (pending.isEmpty() && !stopped) {
            wait(100);
        }
        return stopped ? null : pending.pollFirst();
    }

    private synchronized void recordShipped(int bytes) {
        shippedBytes += bytes;
    }

    private void sendLoop() {
        try {
            byte[] record;
            while ((record = nextRecord()) != null) {
                transmit(record);
                recordShipped(record.length);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void transmit(byte[] record) throws InterruptedException {
        Thread.sleep(1); // simulated network round trip
    }

    public synchronized void stop() throws InterruptedException {
        stopped = true;
        notifyAll();
        if (sender != null) {
            sender.join();
        }
    }

    public synchronized long getShippedBytes() {
        return shippedBytes;
    }

    public static void main(String[] args) throws InterruptedException {
        ReplicationSender s = new ReplicationSender("replica-1:7000");
        s.start();
        for (int i = 0; i < 100; i++) {
            s.enqueue(new byte[128]);
        }
        s.stop();
        System.out.println("shipped " + s.getShippedBytes());
    }
}
