// EXPECT: lazy-init-race @ line 22
package probe16a; import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Resolves java.sql.Types codes to database type names when describing result-set
 * columns. One registry is shared by the driver and describeColumns() is called
 * concurrently by every statement-executing thread.
 */
public class JdbcTypeRegistry {

    private Map<Integer, String> typeNames;

    public String typeName(int sqlType) {
        if (typeNames == null) {
            typeNames = new HashMap<>(); // BUG: map published before it is populated; a concurrent caller sees a partial map
            loadTypeNames(typeNames);
        }
        return typeNames.getOrDefault(sqlType, "OTHER");
    }

    private static void loadTypeNames(Map<Integer, String> target) {
        target.put(Types.BIGINT, "int8");
        target.put(Types.INTEGER, "int4");
        target.put(Types.SMALLINT, "int2");
        target.put(Types.VARCHAR, "varchar");
        target.put(Types.CHAR, "bpchar");
        target.put(Types.NUMERIC, "numeric");
        target.put(Types.DOUBLE, "float8");
        target.put(Types.REAL, "float4");
        target.put(Types.BOOLEAN, "bool");
        target.put(Types.DATE, "date");
        target.put(Types.TIMESTAMP, "timestamp");
        target.put(Types.TIMESTAMP_WITH_TIMEZONE, "timestamptz");
        target.put(Types.BINARY, "bytea");
        target.put(Types.ARRAY, "_text");
    }

    public List<String> describeColumns(int[] columnTypes) {
        List<String> names = new ArrayList<>(columnTypes.length);
        for (int t : columnTypes) {
            names.add(typeName(t));
        }
        return names;
    }

    public static void main(String[] args) throws Exception {
        JdbcTypeRegistry registry = new JdbcTypeRegistry();
        int[] orderColumns = {Types.BIGINT, Types.VARCHAR, Types.NUMERIC, Types.TIMESTAMP_WITH_TIMEZONE};
        int[] userColumns = {Types.INTEGER, Types.VARCHAR, Types.BOOLEAN, Types.DATE};

        ExecutorService statementThreads = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int[] cols = i % 2 == 0 ? orderColumns : userColumns;
            results.add(statementThreads.submit(() -> registry.describeColumns(cols)));
        }
        for (Future<List<String>> f : results) {
            System.out.println(f.get());
        }
        statementThreads.shutdown();
    }
}
