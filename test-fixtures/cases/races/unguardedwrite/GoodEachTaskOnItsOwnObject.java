package races.unguardedwrite;

import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The look-alike: pool tasks call {@code process} on the job each one is handed, one object per task,
 * so the field it keeps its state in is never shared.
 */
public class GoodEachTaskOnItsOwnObject {
    private String owner;

    public String process(String who) {
        owner = who;
        return "done for " + owner;
    }

    public static void runAll(ExecutorService pool, List<GoodEachTaskOnItsOwnObject> jobs) {
        for (GoodEachTaskOnItsOwnObject job : jobs) {
            pool.execute(() -> job.process("batch"));
        }
    }
}
