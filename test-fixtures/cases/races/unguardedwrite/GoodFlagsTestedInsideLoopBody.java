package races.unguardedwrite;

/**
 * The look-alikes: the stop flag the worker tests inside its loop's body is volatile, so the loop sees
 * {@code cancel()}; the verbose switch only makes a pass log as well, and the sampling switch only picks
 * which of two things a pass does: neither decides whether the loop goes on (settings, read each pass but
 * never waited for). The drainer's switch is tested only when the queue is empty: it says how the loop
 * treats that case, it does not stop a loop that waits to be stopped.
 */
public class GoodFlagsTestedInsideLoopBody {
    private final int[] pixels = new int[1 << 20];
    private volatile boolean cancelled;
    private boolean verbose;
    private boolean sampled;
    private boolean stopWhenEmpty = true;
    private final java.util.concurrent.BlockingQueue<int[]> frames = new java.util.concurrent.LinkedBlockingQueue<>();

    public GoodFlagsTestedInsideLoopBody(boolean verbose) {
        this.verbose = verbose;
    }

    public void start() {
        new Thread(this::scan, "scanner").start();
    }

    public void setStopWhenEmpty(boolean stopWhenEmpty) {
        this.stopWhenEmpty = stopWhenEmpty;
    }

    public void drain() {
        new Thread(this::drainFrames, "drainer").start();
    }

    private void drainFrames() {
        while (!cancelled) {
            int[] frame = frames.poll();
            if (frame != null) {
                System.out.println(frame.length);
            } else {
                if (stopWhenEmpty) {
                    break;
                }
            }
        }
    }

    public void setSampled(boolean sampled) {
        this.sampled = sampled;
    }

    public void cancel() {
        cancelled = true;
    }

    private void scan() {
        int[] bins = new int[256];
        for (int i = 0; i < pixels.length; i++) {
            if (cancelled) {
                return;
            }
            if (verbose) {
                System.out.println("pixel " + i);
            }
            if (sampled) {
                bins[pixels[i] & 0xF0]++;
            } else {
                bins[pixels[i] & 0xFF]++;
            }
        }
        System.out.println(bins[0]);
    }
}
