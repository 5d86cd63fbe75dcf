// EXPECT: non-volatile-stop-flag @ line 15
package probe7c; /**
 * A background sampler that spins collecting samples until asked to stop.
 * The main thread lets it run for a while and then calls {@link #stop()}.
 */
public class MetricsSampler implements Runnable {

    private boolean stopped; // set by the controlling thread
    private long samples;
    private long checksum;

    @Override
    public void run() {
        long local = 0;
        while (!stopped) { // BUG: stopped is a plain field written by the main thread and read in a hot loop by the sampler thread; with no volatile/lock the JIT may hoist the read and the sampler never sees stop(), so join() hangs
            local++;
            checksum ^= local * 31;
        }
        samples = local;
    }

    public void stop() {
        stopped = true;
    }

    public long samples() {
        return samples;
    }

    public long checksum() {
        return checksum;
    }

    public static void main(String[] args) throws InterruptedException {
        MetricsSampler sampler = new MetricsSampler();
        Thread worker = new Thread(sampler, "sampler");
        worker.start();

        Thread.sleep(500);
        sampler.stop();
        System.out.println("stop requested, waiting for sampler...");

        worker.join();
        System.out.println("collected " + sampler.samples() + " samples, checksum " + sampler.checksum());
    }
}
