package demo;

/** Counts events; every instance locks the JVM-wide interned "lock" string. */
public class Counter {
    private int count;

    public void increment() {
        synchronized ("lock") {
            count++;
        }
    }

    public int get() {
        synchronized ("lock") {
            return count;
        }
    }
}
