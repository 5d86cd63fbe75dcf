// EXPECT: none
package probe16a; import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Rewrites portable function names into the target dialect while preparing SQL.
 * One resolver is shared by the data-access layer; rewrite() is called concurrently
 * by every thread that prepares a statement.
 */
public class SqlDialectResolver {

    private volatile Map<String, String> functionMap;

    private Map<String, String> functions() {
        Map<String, String> map = functionMap;
        if (map == null) {
            Map<String, String> built = new HashMap<>();
            loadFunctions(built);
            map = Collections.unmodifiableMap(built);
            functionMap = map; // OK: built fully in a local before the volatile write; a duplicate build is idempotent
        }
        return map;
    }

    private static void loadFunctions(Map<String, String> target) {
        target.put("NOW()", "CURRENT_TIMESTAMP");
        target.put("IFNULL(", "COALESCE(");
        target.put("SUBSTR(", "SUBSTRING(");
        target.put("LEN(", "CHAR_LENGTH(");
        target.put("GETDATE()", "CURRENT_TIMESTAMP");
        target.put("ISNULL(", "COALESCE(");
        target.put("UCASE(", "UPPER(");
        target.put("LCASE(", "LOWER(");
    }

    public String rewrite(String sql) {
        String result = sql;
        for (Map.Entry<String, String> e : functions().entrySet()) {
            result = result.replace(e.getKey(), e.getValue());
        }
        return result;
    }

    public static void main(String[] args) throws Exception {
        SqlDialectResolver resolver = new SqlDialectResolver();
        List<String> statements = List.of(
                "SELECT IFNULL(nickname, name), NOW() FROM app_user WHERE id = ?",
                "SELECT UCASE(code), LEN(description) FROM product WHERE sku = ?",
                "UPDATE session SET touched_at = GETDATE() WHERE token = ?",
                "SELECT SUBSTR(iban, 1, 4), ISNULL(note, '') FROM account WHERE id = ?");

        ExecutorService preparers = Executors.newFixedThreadPool(8);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String sql = statements.get(i % statements.size());
            results.add(preparers.submit(() -> resolver.rewrite(sql)));
        }
        for (Future<String> f : results) {
            System.out.println(f.get());
        }
        preparers.shutdown();
    }
}
