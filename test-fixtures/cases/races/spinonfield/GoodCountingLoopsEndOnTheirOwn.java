package races.spinonfield;

/**
 * Loops that read a plain field in their condition and only compute inside, but end on their own: the
 * condition also tests a counter the loop advances, or the body jumps out; none waits for another thread.
 */
public class GoodCountingLoopsEndOnTheirOwn {
    private int size;
    private boolean full;
    private final int[] values = new int[16];

    public int sum() {
        int total = 0;
        int i = 0;
        while (i < size) {
            total += values[i];
            i++;
        }
        return total;
    }

    public int firstFree() {
        int i = 0;
        while (!full) {
            if (values[i] == 0) {
                break;
            }
            i++;
        }
        return i;
    }

    public void add(int v) {
        values[size++] = v;
        full = size == values.length;
    }
}
