package publication.unsafelazyinit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Like the immutable prepared statement, but the factory may return a subclass that keeps a mutable
 * cache in a plain field: another thread can see the reference before that field is set.
 */
public class BadLazyPreparedMutableSubclass {

    /** A prepared statement; its state is final here, but not in every subclass. */
    static class Prepared {
        private final String table;
        private final List<String> columns;

        Prepared(String table) {
            this.table = table;
            this.columns = List.of("id", "name");
        }

        String text() {
            return "SELECT " + String.join(", ", columns) + " FROM " + table;
        }
    }

    /** A prepared statement that caches its bound values in a plain field. */
    static final class Cached extends Prepared {
        private List<String> bound;

        Cached(String table) {
            super(table);
            bound = new ArrayList<>();
        }

        @Override
        String text() {
            return super.text() + " /* " + bound.size() + " bound */";
        }
    }

    private final AtomicLong reads = new AtomicLong();
    private Prepared select;

    static Prepared prepare(String table, boolean cached) {
        return cached ? new Cached(table) : new Prepared(table);
    }

    public String selectText(boolean cached) {
        reads.incrementAndGet();
        if (select == null) {
            select = prepare("users", cached); // expect: UnsafeLazyInit
        }
        return select.text();
    }
}
