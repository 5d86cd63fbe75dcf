package demo;

/** A test helper with the same bug as the main code had: only scanned with includeTests. */
public class Probe {
    private int hits;

    public void hit() {
        synchronized ("probe") {
            hits++;
        }
    }
}
