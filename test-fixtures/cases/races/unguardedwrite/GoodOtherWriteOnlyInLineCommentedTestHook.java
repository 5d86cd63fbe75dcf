package races.unguardedwrite;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * A handler thread sets up its output stream at the start of its body; the only other write is a setter
 * a line comment marks as for tests, which nothing in the program calls: in production only the handler
 * thread writes the field, and no other thread reads it.
 */
public class GoodOtherWriteOnlyInLineCommentedTestHook extends Thread {
    private OutputStream out;

    // for test only
    protected void setOutput(OutputStream out) {
        this.out = out;
    }

    @Override
    public void run() {
        out = new ByteArrayOutputStream();
        try {
            out.write(1);
        } catch (java.io.IOException e) {
            System.err.println("write failed: " + e);
        }
    }
}
