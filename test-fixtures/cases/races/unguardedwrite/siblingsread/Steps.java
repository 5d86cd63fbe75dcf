package races.unguardedwrite.siblingsread;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Bad: clients read the count of the step the loop runs while the loop writes it. */
public class Steps {
    private final ExecutorService loop = Executors.newSingleThreadExecutor();
    private final List<ShownStep> shown = List.of(new ShownStep(), new ShownStep());
    private final LoopStep current = new LoopStep(() -> { });

    public void submit() {
        loop.execute(current);
    }

    public int currentRuns() {
        return current.runs();
    }

    public int shownRuns() {
        int total = 0;
        for (ShownStep s : shown) {
            total += s.runs();
        }
        return total;
    }
}
