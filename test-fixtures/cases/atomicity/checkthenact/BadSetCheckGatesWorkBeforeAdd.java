package atomicity.checkthenact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Modules apply shared migrations in parallel: a migration found missing from the applied set is run and
 * then added, so two modules can both find it missing and both run its script.
 */
public class BadSetCheckGatesWorkBeforeAdd {
    private final Set<String> applied = ConcurrentHashMap.newKeySet();
    private final List<String> executed = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService modules = Executors.newFixedThreadPool(3);

    public void applyAll(List<String> versions) {
        for (String v : versions) {
            modules.execute(() -> ensureApplied(v));
        }
    }

    void ensureApplied(String version) {
        if (!applied.contains(version)) { // related: CheckThenAct['the check is here']
            execute(version);
            applied.add(version); // expect: CheckThenAct['two threads can both find it missing and both run `execute` at line 28']
        }
    }

    private void execute(String version) {
        executed.add("migrate " + version);
    }
}
