package races.unguardedwrite;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * A handler thread opens its output in {@code run()}; a protected setter, which nothing in the program
 * calls, lets a subclass or a test hand it one instead. The thread's write meets the setter's only if a
 * user calls the setter on a handler at work: a note (zookeeper {@code LearnerHandler.setBufferedOutput}).
 */
public class BadOutputOpenedByThreadBesideUncalledSetterNote {

    public static void main(String[] args) {
        new Handler().start();
    }

    public static class Handler extends Thread {
        private OutputStream out;

        protected void setOut(OutputStream out) {
            this.out = out;
        }

        @Override
        public void run() {
            out = new ByteArrayOutputStream(); // expect: UnguardedWrite['the other side is a setting's write: `Handler.setOut` stores the value it is given']
            try {
                out.write(1);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
