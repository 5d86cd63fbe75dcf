package races.unguardedwrite;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * The look-alike: the same setter with no comment that keeps it for tests is API a client can call while
 * the handler thread sets up and uses the stream.
 */
public class BadOtherWriteInUncommentedSetter extends Thread {
    private OutputStream out;

    // replaces the stream the handler writes to
    protected void setOutput(OutputStream out) {
        this.out = out;
    }

    @Override
    public void run() {
        out = new ByteArrayOutputStream(); // expect: UnguardedWrite['`out` is written without a lock, by a task that runs on another thread; it races with the write of `out` in `BadOtherWriteInUncommentedSetter.setOutput`']
        try {
            out.write(1);
        } catch (java.io.IOException e) {
            System.err.println("write failed: " + e);
        }
    }
}
