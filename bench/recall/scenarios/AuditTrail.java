// EXPECT: unsafe-iteration @ line 40
package recall2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * In-memory audit trail. Business threads record actions; an admin endpoint exports the
 * trail as CSV on demand.
 */
public class AuditTrail {

    public record AuditRecord(Instant at, String user, String action) {
        String toCsv() {
            return at + "," + user + "," + action;
        }
    }

    private final List<AuditRecord> records = Collections.synchronizedList(new ArrayList<>());
    private final int maxRecords;

    public AuditTrail(int maxRecords) {
        this.maxRecords = maxRecords;
    }

    public void record(String user, String action) {
        synchronized (records) {
            if (records.size() >= maxRecords) {
                records.remove(0);
            }
            records.add(new AuditRecord(Instant.now(), user, action));
        }
    }

    /** Called by the admin HTTP thread. */
    public String exportCsv() {
        StringBuilder sb = new StringBuilder("time,user,action\n");
        for (AuditRecord r : records) {
            sb.append(r.toCsv()).append('\n');
        }
        return sb.toString();
    }

    public int size() {
        return records.size();
    }

    public static void main(String[] args) throws InterruptedException {
        AuditTrail trail = new AuditTrail(1000);
        Thread business = new Thread(() -> {
            for (int i = 0; i < 200_000; i++) {
                trail.record("user" + (i % 7), "update order " + i);
            }
        });
        Thread admin = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                trail.exportCsv();
            }
        });
        business.start();
        admin.start();
        business.join();
        admin.join();
    }
}
