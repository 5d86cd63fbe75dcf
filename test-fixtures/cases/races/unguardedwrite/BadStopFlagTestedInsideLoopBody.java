package races.unguardedwrite;

/**
 * The worker tests its stop flags inside the loop's body, not in its condition: {@code if (cancelled)
 * return;} and {@code if (!running) break;} decide each pass whether the loop goes on, as a
 * {@code while (!cancelled)} would. Neither flag is volatile, so the compiler may read each once before
 * the loop and the worker never sees {@code cancel()} or {@code stop()}.
 */
public class BadStopFlagTestedInsideLoopBody {
    private final int[] pixels = new int[1 << 20];
    private boolean cancelled; // expect: UnguardedWrite['`cancelled`, neither volatile nor guarded, is written in `BadStopFlagTestedInsideLoopBody.cancel` without a lock, while a task that runs on another thread polls it in a loop']
    private boolean running = true; // expect: UnguardedWrite['`running`, neither volatile nor guarded, is written in `BadStopFlagTestedInsideLoopBody.stop` without a lock, while a task that runs on another thread polls it in a loop']
    private long total;

    public void start() {
        new Thread(this::scan, "scanner").start();
        new Thread(this::sum, "summer").start();
    }

    public void cancel() {
        cancelled = true;
    }

    public void stop() {
        running = false;
    }

    private void scan() {
        int[] bins = new int[256];
        for (int pass = 0; pass < 50; pass++) {
            for (int i = 0; i < pixels.length; i++) {
                if (cancelled) { // expect: UnguardedWrite['this loop polls `cancelled`']
                    return;
                }
                bins[pixels[i] & 0xFF]++;
            }
        }
        System.out.println(bins[0]);
    }

    private void sum() {
        long sum = 0;
        for (int i = 0; ; i = (i + 1) % pixels.length) {
            if (!running) { // expect: UnguardedWrite['this loop polls `running`']
                break;
            }
            sum += pixels[i];
        }
        total = sum;
        System.out.println(total);
    }
}
