package sendsync.nonsendcapture;

import java.util.ArrayList;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;

/** A Timer task (an anonymous class) adds to a captured ArrayList on the timer thread while the caller reads it; cancel() does not wait. */
public class BadAnonymousTimerTask {
    public int sampleForOneSecond(Timer timer) throws InterruptedException {
        List<Long> samples = new ArrayList<>();
        TimerTask task = new TimerTask() {
            @Override
            public void run() {
                samples.add(System.nanoTime()); // expect: NonSendCapture
            }
        };
        timer.schedule(task, 0, 100);
        Thread.sleep(1000);
        task.cancel();
        return samples.size();
    }
}
