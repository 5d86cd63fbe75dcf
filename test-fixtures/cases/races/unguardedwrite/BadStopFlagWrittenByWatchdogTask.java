package races.unguardedwrite;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A sampler thread runs until a watchdog task, on a scheduler's thread, clears its plain flag: nothing
 * orders that write before the sampler's reads, so the sampler may never stop.
 */
public class BadStopFlagWrittenByWatchdogTask {
    private boolean running = true; // expect: UnguardedWrite['`running`, neither volatile nor guarded, is written in'], UnguardedWrite['make `running` volatile']
    private long samples;

    public void start() {
        Thread sampler = new Thread(() -> {
            while (running) { // expect: UnguardedWrite['this loop polls `running`'], SpinOnField['this loop waits for `running` to change']
                samples++;
            }
        });
        sampler.start();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        watchdog.schedule(() -> {
            running = false; // related: UnguardedWrite['`running` is written here, without a lock']
        }, 5, TimeUnit.SECONDS);
        watchdog.shutdown();
    }
}
