package races.unguardedwrite;

import java.util.Timer;
import java.util.TimerTask;

/** A heartbeat whose TimerTask increments a counter on the timer thread while callers read it on theirs. */
public class BadTimerHeartbeat {
    private final Timer timer;
    private long beats;

    public BadTimerHeartbeat(Timer timer) {
        this.timer = timer;
    }

    public void start(long periodMillis) {
        timer.scheduleAtFixedRate(new TimerTask() {
            @Override
            public void run() {
                beats++; // expect: UnguardedWrite
            }
        }, 0L, periodMillis);
    }

    public long beats() {
        return beats;
    }
}
