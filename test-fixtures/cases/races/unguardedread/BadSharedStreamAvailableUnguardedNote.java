package races.unguardedread;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that synchronizes its read, so several threads may consume it at once, yet reads its buffer
 * in available() without the monitor: a reader refilling it meanwhile is seen half done.
 */
public class BadSharedStreamAvailableUnguardedNote extends InputStream {
    private final InputStream in;
    private byte[] buffer = new byte[0];
    private int position;

    public BadSharedStreamAvailableUnguardedNote(InputStream in) {
        this.in = in;
    }

    @Override
    public synchronized int read() throws IOException {
        if (position >= buffer.length) {
            buffer = in.readNBytes(512);
            position = 0;
            if (buffer.length == 0) {
                return -1;
            }
        }
        return buffer[position++] & 0xFF;
    }

    @Override
    public int available() {
        return buffer.length - position; // expect: UnguardedRead['`buffer` is read without `this`'], UnguardedRead['`position` is read without `this`']
    }
}
