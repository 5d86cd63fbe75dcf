package sendsync.nonsendcapture;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The tasks go to a pool of two threads, which runs two of them at once: both change the captured map
 * at the same time.
 */
public class BadTasksOfTwoThreadPoolShareMap {

    public static void main(String[] args) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(2);
        Map<String, Integer> counts = new HashMap<>();
        workers.execute(() -> counts.merge("opened", 1, Integer::sum)); // expect: NonSendCapture['another task (handed off at line 19) also changes it at line 19']
        workers.execute(() -> counts.merge("closed", 1, Integer::sum)); // expect: NonSendCapture['another task (handed off at line 18) also changes it at line 18']
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println(counts);
    }
}
