// EXPECT: none
package probe12b; import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/*
 * Samples heap usage at a fixed interval and hands the series to a callback on stop.
 * halt() is called from the application's control thread.
 */
public class AllocationSampler extends Thread {

    private boolean running = true; // OK: only read and written inside synchronized methods on this object

    private final long intervalMillis;
    private final List<Long> heapUsedSeries = new ArrayList<>();
    private final Consumer<List<Long>> onFinish;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    public AllocationSampler(long intervalMillis, Consumer<List<Long>> onFinish) {
        super("allocation-sampler");
        setDaemon(true);
        this.intervalMillis = intervalMillis;
        this.onFinish = onFinish;
    }

    private synchronized boolean isRunning() {
        return running;
    }

    private synchronized void markStopped() {
        running = false;
    }

    @Override
    public void run() {
        while (isRunning()) {
            heapUsedSeries.add(memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        onFinish.accept(new ArrayList<>(heapUsedSeries));
    }

    public void halt() throws InterruptedException {
        markStopped();
        join();
    }

    public static void main(String[] args) throws InterruptedException {
        AllocationSampler sampler = new AllocationSampler(5, series ->
                System.out.println("samples=" + series.size()
                        + (series.isEmpty() ? "" : " last=" + series.get(series.size() - 1))));
        sampler.start();
        List<int[]> churn = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            churn.add(new int[16]);
            if (churn.size() > 10_000) {
                churn.clear();
            }
        }
        sampler.halt();
    }
}
