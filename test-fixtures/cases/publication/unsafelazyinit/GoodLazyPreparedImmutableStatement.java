package publication.unsafelazyinit;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The racy single-check on a prepared statement built by a call: the statement keeps all its state in
 * final fields, so the race can only prepare it twice, and every thread sees it fully built (cassandra
 * View.getSelectStatement, publication review).
 */
public class GoodLazyPreparedImmutableStatement {

    /** A parsed statement, prepared into an immutable one. */
    static final class RawStatement {
        private final String table;

        RawStatement(String table) {
            this.table = table;
        }

        Prepared prepare() {
            return new Prepared(table, List.of("id", "name"));
        }
    }

    /** An immutable prepared statement. */
    static class Prepared {
        private final String table;
        private final List<String> columns;

        Prepared(String table, List<String> columns) {
            this.table = table;
            this.columns = columns;
        }

        String text() {
            return "SELECT " + String.join(", ", columns) + " FROM " + table;
        }
    }

    private final AtomicLong reads = new AtomicLong();
    private final String table;
    private Prepared select;

    public GoodLazyPreparedImmutableStatement(String table) {
        this.table = table;
    }

    public String selectText() {
        reads.incrementAndGet();
        if (select == null) {
            select = new RawStatement(table).prepare();
        }
        return select.text();
    }
}
