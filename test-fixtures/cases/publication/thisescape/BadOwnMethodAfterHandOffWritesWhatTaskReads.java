package publication.thisescape;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The same snitch, but the private method called after the hand-off sets the decay factor the
 * scheduled task uses: the task can run first and divide by the unset factor.
 */
public final class BadOwnMethodAfterHandOffWritesWhatTaskReads {
    private final ConcurrentHashMap<String, Double> scores = new ConcurrentHashMap<>();
    private final ScheduledFuture<?> updating;
    private double decay;

    public BadOwnMethodAfterHandOffWritesWhatTaskReads(ScheduledExecutorService scheduler, double decay) {
        updating = scheduler.scheduleWithFixedDelay(this::updateScores, 100, 100, TimeUnit.MILLISECONDS); // expect: ThisEscape['is handed to `scheduler.scheduleWithFixedDelay(...)`']
        configure(decay);
    }

    private void configure(double factor) {
        this.decay = factor;
    }

    public void stop() {
        updating.cancel(false);
    }

    public void record(String host, double latency) {
        scores.merge(host, latency, Double::sum);
    }

    private void updateScores() {
        scores.replaceAll((host, score) -> score / decay);
    }
}
