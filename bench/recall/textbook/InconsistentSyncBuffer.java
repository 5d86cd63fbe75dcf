// EXPECT: race-read @ line 24
package recall;

public class InconsistentSyncBuffer {
    private final char[] data = new char[256];
    private int length;

    public synchronized void append(char c) {
        if (length < data.length) {
            data[length] = c;
            length++;
        }
    }

    public synchronized void clear() {
        length = 0;
    }

    public synchronized String contents() {
        return new String(data, 0, length);
    }

    public boolean isEmpty() {
        return length == 0;
    }
}
