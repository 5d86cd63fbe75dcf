// EXPECT: shared-non-thread-safe-jdk-object @ line 26
package probe16a; import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Maps rows of a streamed export result set (text protocol) into audit records.
 * Large result sets are split into fetch batches that are mapped in parallel on a
 * worker pool, so mapRow() runs on several threads at once.
 */
public class TimestampColumnMapper {

    private static final SimpleDateFormat DB_TIMESTAMP = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss.SSS");

    record AuditRecord(long id, String actor, Date occurredAt) {}

    public AuditRecord mapRow(String[] columns) {
        long id = Long.parseLong(columns[0]);
        String actor = columns[1];
        try {
            Date occurredAt = DB_TIMESTAMP.parse(columns[2]); // BUG: static SimpleDateFormat shared by all mapping threads
            return new AuditRecord(id, actor, occurredAt);
        } catch (ParseException e) {
            throw new IllegalStateException("bad timestamp in row " + id + ": " + columns[2], e);
        }
    }

    public List<AuditRecord> mapBatch(List<String[]> batch) {
        List<AuditRecord> out = new ArrayList<>(batch.size());
        for (String[] row : batch) {
            out.add(mapRow(row));
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        TimestampColumnMapper mapper = new TimestampColumnMapper();
        List<List<String[]>> fetchBatches = new ArrayList<>();
        for (int b = 0; b < 16; b++) {
            List<String[]> batch = new ArrayList<>();
            for (int r = 0; r < 500; r++) {
                int id = b * 500 + r;
                batch.add(new String[] {
                        Integer.toString(id), "user" + (id % 37),
                        String.format("2024-%02d-%02d 12:%02d:%02d.%03d", 1 + id % 12, 1 + id % 28, id % 60, id % 60, id % 1000)});
            }
            fetchBatches.add(batch);
        }

        ExecutorService mappers = Executors.newFixedThreadPool(4);
        List<Future<List<AuditRecord>>> results = new ArrayList<>();
        for (List<String[]> batch : fetchBatches) {
            results.add(mappers.submit(() -> mapper.mapBatch(batch)));
        }
        int total = 0;
        for (Future<List<AuditRecord>> f : results) {
            total += f.get().size();
        }
        mappers.shutdown();
        System.out.println("mapped " + total + " audit rows");
    }
}
