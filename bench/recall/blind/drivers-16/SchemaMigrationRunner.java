// EXPECT: check-then-act @ line 37
package probe16a; import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Applies versioned schema migrations at startup. Each application module submits
 * its own migrations in parallel; shared base migrations are pulled in through
 * dependencies, so ensureApplied() is called concurrently for the same version.
 */
public class SchemaMigrationRunner {

    record Migration(String version, String script, List<String> dependsOn) {}

    private final Map<String, Migration> catalog;
    private final Set<String> applied = ConcurrentHashMap.newKeySet();
    private final List<String> executedScripts = Collections.synchronizedList(new ArrayList<>());

    public SchemaMigrationRunner(Map<String, Migration> catalog) {
        this.catalog = Map.copyOf(catalog);
    }

    public void ensureApplied(String version) {
        Migration migration = catalog.get(version);
        if (migration == null) {
            throw new IllegalArgumentException("no migration " + version);
        }
        for (String dependency : migration.dependsOn()) {
            ensureApplied(dependency);
        }
        if (!applied.contains(version)) { // BUG: contains-then-add is not atomic; two modules can both run the same DDL
            execute(migration);
            applied.add(version);
        }
    }

    private void execute(Migration migration) {
        // Stand-in for statement.execute(script) on a migration connection.
        executedScripts.add(migration.script());
    }

    public List<String> executedScripts() {
        return List.copyOf(executedScripts);
    }

    public static void main(String[] args) throws Exception {
        Map<String, Migration> catalog = Map.of(
                "V1", new Migration("V1", "CREATE TABLE tenant(id BIGINT PRIMARY KEY)", List.of()),
                "V2", new Migration("V2", "CREATE TABLE billing_account(tenant_id BIGINT)", List.of("V1")),
                "V3", new Migration("V3", "CREATE TABLE audit_event(tenant_id BIGINT)", List.of("V1")),
                "V4", new Migration("V4", "CREATE TABLE report_job(tenant_id BIGINT)", List.of("V1")));
        SchemaMigrationRunner runner = new SchemaMigrationRunner(catalog);

        ExecutorService modules = Executors.newFixedThreadPool(3);
        List<Future<?>> results = new ArrayList<>();
        for (String moduleHead : List.of("V2", "V3", "V4")) {
            results.add(modules.submit(() -> runner.ensureApplied(moduleHead)));
        }
        for (Future<?> f : results) {
            f.get();
        }
        modules.shutdown();
        runner.executedScripts().forEach(System.out::println);
    }
}
