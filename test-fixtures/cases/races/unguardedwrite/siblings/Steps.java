package races.unguardedwrite.siblings;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Good: the loop counts its own steps; clients read the counts of the steps they show. */
public class Steps {
    private final ExecutorService loop = Executors.newSingleThreadExecutor();
    private final List<ShownStep> shown = List.of(new ShownStep(), new ShownStep());

    public void submit(Runnable body) {
        loop.execute(new LoopStep(body));
    }

    public int shownRuns() {
        int total = 0;
        for (ShownStep s : shown) {
            total += s.runs();
        }
        return total;
    }
}
