// EXPECT: none
package probe12c; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Records per-tick world snapshots for match replays. Runs on its own thread;
 * the match controller thread calls finish() when the match ends.
 */
public class ReplayRecorder extends Thread {
    private boolean recording = true; // OK: only read and written inside synchronized isRecording()/finish(), so the change is visible
    private final List<long[]> frames = new ArrayList<>();
    private long frameNo;

    public ReplayRecorder() {
        super("replay-recorder");
    }

    @Override
    public void run() {
        while (isRecording()) {
            captureFrame();
        }
        System.out.println("replay closed with " + frames.size() + " frames");
    }

    private void captureFrame() {
        frameNo++;
        if (frames.size() < 100_000) {
            frames.add(new long[] {frameNo, System.nanoTime()});
        }
    }

    private synchronized boolean isRecording() {
        return recording;
    }

    public synchronized void finish() {
        recording = false;
    }

    public static void main(String[] args) throws InterruptedException {
        ReplayRecorder recorder = new ReplayRecorder();
        recorder.start();

        Thread matchController = new Thread(() -> {
            try {
                TimeUnit.SECONDS.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            System.out.println("controller: match over");
            recorder.finish();
        }, "match-controller");
        matchController.start();

        matchController.join();
        recorder.join(TimeUnit.SECONDS.toMillis(5));
        if (recorder.isAlive()) {
            System.err.println("recorder did not stop");
        }
    }
}
