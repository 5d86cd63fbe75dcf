package atomicity.nonatomicvolatileupdate;

/** Connection status whose volatile fields only receive plain single writes (a new timestamp, a computed state) and are adjusted only in the constructor. */
public class GoodSingleWrites {
    private volatile long lastSeen;
    private volatile String state;
    private volatile int generation;

    public GoodSingleWrites(int startGeneration) {
        generation = startGeneration;
        generation++;
        state = "new";
    }

    public void touch() {
        lastSeen = System.nanoTime();
    }

    public void changeState(boolean healthy) {
        state = healthy ? "up" : "down";
    }

    public String describe() {
        return state + "@" + lastSeen + "#" + generation;
    }
}
