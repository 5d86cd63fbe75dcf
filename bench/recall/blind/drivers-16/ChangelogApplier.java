// EXPECT: none
package probe16a; import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Applies changelog entries for all modules at boot. Modules run their changelogs on
 * a shared executor and may depend on the same base entries, so apply() is called
 * concurrently for the same entry id.
 */
public class ChangelogApplier {

    record ChangeSet(String id, String sql, List<String> requires) {}

    private final Map<String, ChangeSet> changelog;
    private final Object changelogLock = new Object();
    private final Set<String> applied = new HashSet<>();
    private final List<String> executedSql = new ArrayList<>();

    public ChangelogApplier(Map<String, ChangeSet> changelog) {
        this.changelog = Map.copyOf(changelog);
    }

    public void apply(String id) {
        ChangeSet changeSet = changelog.get(id);
        if (changeSet == null) {
            throw new IllegalArgumentException("unknown change set " + id);
        }
        for (String required : changeSet.requires()) {
            apply(required);
        }
        synchronized (changelogLock) {
            if (!applied.contains(id)) { // OK: check and apply both happen while holding changelogLock
                runSql(changeSet);
                applied.add(id);
            }
        }
    }

    private void runSql(ChangeSet changeSet) {
        // Stand-in for executing the DDL on the migration connection.
        executedSql.add(changeSet.sql());
    }

    public List<String> executedSql() {
        synchronized (changelogLock) {
            return List.copyOf(executedSql);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, ChangeSet> entries = Map.of(
                "base-1", new ChangeSet("base-1", "CREATE TABLE customer(id BIGINT PRIMARY KEY)", List.of()),
                "orders-1", new ChangeSet("orders-1", "CREATE TABLE purchase_order(customer_id BIGINT)", List.of("base-1")),
                "crm-1", new ChangeSet("crm-1", "CREATE TABLE contact_note(customer_id BIGINT)", List.of("base-1")),
                "ledger-1", new ChangeSet("ledger-1", "CREATE TABLE ledger_entry(customer_id BIGINT)", List.of("base-1")));
        ChangelogApplier applier = new ChangelogApplier(entries);

        ExecutorService modules = Executors.newFixedThreadPool(3);
        List<Future<?>> results = new ArrayList<>();
        for (String head : List.of("orders-1", "crm-1", "ledger-1")) {
            results.add(modules.submit(() -> applier.apply(head)));
        }
        for (Future<?> f : results) {
            f.get();
        }
        modules.shutdown();
        applier.executedSql().forEach(System.out::println);
    }
}
