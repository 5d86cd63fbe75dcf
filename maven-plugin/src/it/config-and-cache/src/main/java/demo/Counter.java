package demo;

/** Locks the JVM-wide interned "lock" string, once with an empty block. */
public class Counter {
    private int count;

    public void increment() {
        synchronized ("lock") {
            count++;
        }
    }

    public void touch() {
        synchronized ("lock") {
        }
    }
}
