// EXPECT: none
package probe10c; import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Lazily computed column layout for a fixed-width record format. Shared by all reader
 * threads; offsetOf() is called concurrently from the reader pool.
 */
public class ColumnLayoutProvider {

    static final class Layout {
        Map<String, Integer> offsets = new HashMap<>();
        int recordLength;
    }

    private static final class Published {
        final Layout layout;

        Published(Layout layout) {
            this.layout = layout;
        }
    }

    private final List<String> names;
    private final int[] widths;
    private Published published;

    public ColumnLayoutProvider(List<String> names, int[] widths) {
        this.names = List.copyOf(names);
        this.widths = widths.clone();
    }

    private Layout layout() {
        Published p = published;
        if (p == null) { // OK: racy read of a non-volatile field, but it is read once into a local and the holder's only field is final, so a non-null holder exposes a fully built Layout
            synchronized (this) {
                p = published;
                if (p == null) {
                    p = new Published(computeLayout());
                    published = p;
                }
            }
        }
        return p.layout;
    }

    private Layout computeLayout() {
        Layout l = new Layout();
        int offset = 0;
        for (int i = 0; i < names.size(); i++) {
            l.offsets.put(names.get(i), offset);
            offset += widths[i];
        }
        l.recordLength = offset;
        return l;
    }

    public int offsetOf(String column) {
        Integer off = layout().offsets.get(column);
        if (off == null) {
            throw new IllegalArgumentException(column);
        }
        return off;
    }

    public int recordLength() {
        return layout().recordLength;
    }

    public static void main(String[] args) throws InterruptedException {
        ColumnLayoutProvider provider =
                new ColumnLayoutProvider(List.of("acct", "date", "amount"), new int[] {10, 8, 12});
        ExecutorService readers = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            readers.execute(() -> {
                for (int i = 0; i < 1_000; i++) {
                    if (provider.recordLength() != 30 || provider.offsetOf("amount") != 18) {
                        throw new IllegalStateException("layout not visible");
                    }
                }
            });
        }
        readers.shutdown();
        readers.awaitTermination(1, TimeUnit.MINUTES);
    }
}
