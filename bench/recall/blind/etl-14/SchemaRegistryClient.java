// EXPECT: unsafe-publication-double-checked-locking-this-escape @ line 45
package probe14a; import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Lazily fetches the target table layout the first time a loader thread needs
 * it. Loader threads from the pipeline's worker pool call {@link #layout()}
 * concurrently while converting rows.
 */
public class SchemaRegistryClient {

    static final class ColumnLayout {
        private Map<String, Integer> positions;
        private int width;

        ColumnLayout() {
        }

        void define(List<String> columns) {
            positions = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                positions.put(columns.get(i), i);
            }
            width = columns.size();
        }

        int positionOf(String column) {
            Integer pos = positions.get(column);
            if (pos == null) {
                throw new IllegalArgumentException("unknown column " + column);
            }
            return pos;
        }

        int width() {
            return width;
        }
    }

    private final String table;
    private ColumnLayout layout; // BUG: double-checked locking on a non-volatile field; other threads may see a partially built layout

    public SchemaRegistryClient(String table) {
        this.table = table;
    }

    public ColumnLayout layout() {
        if (layout == null) {
            synchronized (this) {
                if (layout == null) {
                    ColumnLayout fetched = new ColumnLayout();
                    fetched.define(fetchColumns(table));
                    layout = fetched;
                }
            }
        }
        return layout;
    }

    private static List<String> fetchColumns(String table) {
        return List.of("id", "customer_id", "amount", "currency", "created_at");
    }

    public Object[] toRow(Map<String, Object> record) {
        ColumnLayout l = layout();
        Object[] row = new Object[l.width()];
        for (Map.Entry<String, Object> e : record.entrySet()) {
            row[l.positionOf(e.getKey())] = e.getValue();
        }
        return row;
    }

    public static void main(String[] args) throws InterruptedException {
        SchemaRegistryClient client = new SchemaRegistryClient("orders");
        ExecutorService workers = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 1000; i++) {
            final int id = i;
            workers.submit(() -> client.toRow(Map.of("id", id, "amount", id * 1.5, "currency", "EUR")));
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
