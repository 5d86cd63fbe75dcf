package sendsync.nonsendcapture;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The look-alike: both tasks, and each copy of the one handed off in the loop, go to the same
 * single-thread executor, which runs them one after another on its one thread: the captured map is that
 * thread's alone.
 */
public class GoodTasksOfOneSingleThreadExecutorShareMap {

    public static void main(String[] args) throws InterruptedException {
        ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui"));
        Map<String, Integer> counts = new HashMap<>();
        ui.execute(() -> counts.merge("opened", 1, Integer::sum));
        for (String word : args) {
            ui.execute(() -> counts.merge(word, 1, Integer::sum));
        }
        ui.execute(() -> System.out.println(counts));
        ui.shutdown();
        ui.awaitTermination(1, TimeUnit.MINUTES);
    }
}
