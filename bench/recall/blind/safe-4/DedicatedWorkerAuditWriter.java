// EXPECT: none
package probe4.safe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

// Audit-log writer: many threads enqueue events, one dedicated thread batches and "writes" them.
// OK: buffer/perUser/flushes are touched only by the dedicated writer thread; 'running' is volatile; summary() reads only after join()
public class DedicatedWorkerAuditWriter {

    private final BlockingQueue<String[]> inbox = new LinkedBlockingQueue<>();
    private final StringBuilder buffer = new StringBuilder();
    private final Map<String, Integer> perUser = new HashMap<>();
    private int flushes;
    private volatile boolean running = true;
    private final Thread writer = new Thread(this::writeLoop, "audit-writer");

    public void start() {
        writer.start();
    }

    public void record(String user, String action) {
        inbox.add(new String[] {user, action});
    }

    private void writeLoop() {
        try {
            while (running) {
                String[] event = inbox.poll(20, TimeUnit.MILLISECONDS);
                if (event != null) {
                    append(event);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String[] rest;
        while ((rest = inbox.poll()) != null) {
            append(rest);
        }
        flush();
    }

    private void append(String[] event) {
        buffer.append(event[0]).append(':').append(event[1]).append('\n');
        perUser.merge(event[0], 1, Integer::sum);
        if (buffer.length() > 4096) {
            flush();
        }
    }

    private void flush() {
        if (buffer.length() > 0) {
            flushes++;
            buffer.setLength(0);
        }
    }

    public String stopAndSummarize() throws InterruptedException {
        running = false;
        writer.join();
        return "flushes=" + flushes + " users=" + perUser;
    }

    public static void main(String[] args) throws InterruptedException {
        DedicatedWorkerAuditWriter audit = new DedicatedWorkerAuditWriter();
        audit.start();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            final String user = "admin" + c;
            Thread t = new Thread(() -> {
                for (int i = 0; i < 400; i++) {
                    audit.record(user, i % 2 == 0 ? "LOGIN" : "UPDATE_ROLE");
                }
            });
            clients.add(t);
            t.start();
        }
        for (Thread t : clients) {
            t.join();
        }
        System.out.println(audit.stopAndSummarize());
    }
}
