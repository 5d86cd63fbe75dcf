// EXPECT: double-checked-locking @ line 28
package probe10c; import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Resolves column names to positions for a CSV schema. The index is built lazily on first use.
 * A single resolver instance is shared by all parser threads, which call positionOf() concurrently.
 */
public class SchemaResolver {

    static final class FieldIndex {
        Map<String, Integer> positions = new HashMap<>();
        int width;
    }

    private final List<String> header;
    private FieldIndex index;

    public SchemaResolver(List<String> header) {
        this.header = List.copyOf(header);
    }

    private FieldIndex index() {
        if (index == null) { // BUG: double-checked locking on a non-volatile field; a reader may see the reference before the FieldIndex fields are written
            synchronized (this) {
                if (index == null) {
                    index = buildIndex();
                }
            }
        }
        return index;
    }

    private FieldIndex buildIndex() {
        FieldIndex idx = new FieldIndex();
        for (int i = 0; i < header.size(); i++) {
            idx.positions.put(header.get(i).trim().toLowerCase(), i);
        }
        idx.width = header.size();
        return idx;
    }

    public int positionOf(String column) {
        Integer pos = index().positions.get(column.toLowerCase());
        if (pos == null) {
            throw new IllegalArgumentException("unknown column " + column);
        }
        return pos;
    }

    public int width() {
        return index().width;
    }

    public static void main(String[] args) throws InterruptedException {
        SchemaResolver resolver = new SchemaResolver(List.of("id", "name", "amount", "currency"));
        ExecutorService parsers = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            parsers.execute(() -> {
                String[] row = {"7", "widget", "12.50", "EUR"};
                for (int i = 0; i < 1_000; i++) {
                    if (resolver.width() != row.length) {
                        throw new IllegalStateException("bad width");
                    }
                    row[resolver.positionOf("amount")].length();
                }
            });
        }
        parsers.shutdown();
        parsers.awaitTermination(1, TimeUnit.MINUTES);
    }
}
