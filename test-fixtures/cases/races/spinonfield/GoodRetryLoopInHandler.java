package races.spinonfield;

/**
 * A loop that runs inside an exception handler and moves on through the buffers it reads: its
 * condition reads a plain field, but its body writes state and calls out, so it does not spin.
 */
public class GoodRetryLoopInHandler {
    private int[][] buffers = new int[4][];
    private int index;
    private int[] current = new int[0];
    private int position;

    public int next() {
        try {
            return current[position++];
        } catch (ArrayIndexOutOfBoundsException e) {
            do {
                index++;
                current = buffers[index];
                position = 0;
            } while (current.length == 0);
            return current[position++];
        }
    }

    public void reset(int[][] all) {
        buffers = all;
        index = 0;
        current = all[0];
        position = 0;
    }
}
