package atomicity.checkthenact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The same migrations, but the add decides: only the module whose add changed the set runs the script;
 * a check that only skips a log line before the add lets nothing through twice that matters.
 */
public class GoodSetAddDecidesWhoWorks {
    private final Set<String> applied = ConcurrentHashMap.newKeySet();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final List<String> executed = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService modules = Executors.newFixedThreadPool(3);

    public void applyAll(List<String> versions) {
        for (String v : versions) {
            modules.execute(() -> ensureApplied(v));
        }
    }

    void ensureApplied(String version) {
        if (!seen.contains(version)) {
            System.out.println("first request for " + version);
            seen.add(version);
        }
        if (applied.add(version)) {
            execute(version);
        }
    }

    private void execute(String version) {
        executed.add("migrate " + version);
    }
}
