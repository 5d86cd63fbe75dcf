package races.unguardedwrite;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * Look-alike of {@code BadOutputOpenedByThreadBesideUncalledSetterNote}: the program itself calls the
 * setter on a handler whose thread is already running, so the thread's write and the setter's meet.
 */
public class BadOutputOpenedByThreadWhileSetterSwapsIt {

    public static void main(String[] args) {
        Handler handler = new Handler();
        handler.start();
        handler.setOut(new ByteArrayOutputStream());
    }

    public static class Handler extends Thread {
        private OutputStream out;

        protected void setOut(OutputStream out) {
            this.out = out;
        }

        @Override
        public void run() {
            out = new ByteArrayOutputStream(); // expect: UnguardedWrite['`out` is written without a lock']
            try {
                out.write(1);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
