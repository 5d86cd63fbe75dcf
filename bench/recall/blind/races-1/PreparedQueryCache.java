// EXPECT: none
package probe.races;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Caches parsed SQL statements shared by all DAO threads. */
// OK: entries are created with computeIfAbsent, and the putIfAbsent caller always continues with the value actually stored in the map
public class PreparedQueryCache {
    static final class PreparedQuery {
        final String sql;
        final LongAdder executions = new LongAdder();

        PreparedQuery(String sql) {
            this.sql = sql.strip();
        }
    }

    private final ConcurrentHashMap<String, PreparedQuery> bySql = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, PreparedQuery> byAlias = new ConcurrentHashMap<>();

    public PreparedQuery prepare(String sql) {
        return bySql.computeIfAbsent(sql, PreparedQuery::new);
    }

    public PreparedQuery alias(String alias, String sql) {
        PreparedQuery candidate = prepare(sql);
        PreparedQuery existing = byAlias.putIfAbsent(alias, candidate);
        return existing != null ? existing : candidate;
    }

    public long execute(String aliasOrSql) {
        PreparedQuery q = byAlias.get(aliasOrSql);
        if (q == null) {
            q = prepare(aliasOrSql);
        }
        q.executions.increment();
        return q.executions.sum();
    }

    public int size() {
        return bySql.size();
    }

    public static void main(String[] args) {
        PreparedQueryCache cache = new PreparedQueryCache();
        List<CompletableFuture<Long>> daoCalls = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            String sql = "SELECT * FROM orders WHERE customer_id = ? /* shard " + (i % 4) + " */";
            daoCalls.add(CompletableFuture.supplyAsync(() -> {
                cache.alias("ordersByCustomer", sql);
                return cache.execute("ordersByCustomer");
            }));
        }
        CompletableFuture.allOf(daoCalls.toArray(new CompletableFuture[0])).join();
        System.out.println("cached statements: " + cache.size());
    }
}
