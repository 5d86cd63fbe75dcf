// EXPECT: visibility-of-a-stop-state-flag @ line 12
package probe12b; import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/*
 * Wall-clock sampling profiler: periodically captures all thread stacks and counts the
 * top frame of each. shutdown() is called from the application's control thread.
 */
public class StackSampler extends Thread {

    private boolean running = true; // BUG: stop flag is neither volatile nor guarded; the sampler thread may never observe shutdown()

    private final long intervalMillis;
    private final Map<String, Integer> topFrames = new HashMap<>();
    private final Consumer<Map<String, Integer>> onFinish;

    public StackSampler(long intervalMillis, Consumer<Map<String, Integer>> onFinish) {
        super("stack-sampler");
        setDaemon(true);
        this.intervalMillis = intervalMillis;
        this.onFinish = onFinish;
    }

    @Override
    public void run() {
        while (running) {
            for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
                StackTraceElement[] stack = e.getValue();
                if (stack.length > 0 && e.getKey() != this) {
                    topFrames.merge(stack[0].getClassName() + "." + stack[0].getMethodName(), 1, Integer::sum);
                }
            }
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        onFinish.accept(new HashMap<>(topFrames));
    }

    public void shutdown() throws InterruptedException {
        running = false;
        join();
    }

    public static void main(String[] args) throws InterruptedException {
        StackSampler sampler = new StackSampler(10, frames -> frames.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(5)
                .forEach(e -> System.out.println(e.getValue() + "  " + e.getKey())));
        sampler.start();
        long sink = 0;
        for (int i = 0; i < 50_000_000; i++) {
            sink += Integer.toHexString(i).length();
        }
        System.out.println("work done " + sink);
        sampler.shutdown();
    }
}
