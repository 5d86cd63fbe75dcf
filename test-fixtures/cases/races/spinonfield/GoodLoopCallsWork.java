package races.spinonfield;

/** A loop that runs a unit of work each pass: the call may change the flag or synchronize, so it is not a blind spin. */
public class GoodLoopCallsWork {
    private boolean stopped;

    public void stop() {
        stopped = true;
    }

    public int drain(Runnable step) {
        int passes = 0;
        while (!stopped) {
            step.run();
            passes++;
        }
        return passes;
    }
}
