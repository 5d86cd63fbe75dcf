package races.unguardedread;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The same call, but {@code complete} sets the flag before it records the error: a thread that sees the
 * flag set may still read the error from before.
 */
public class BadResultWrittenAfterAtomicDoneFlagSet {
    private final AtomicBoolean done = new AtomicBoolean();
    private Throwable error;

    public Object get() throws InterruptedException, ExecutionException {
        waitForCompletion();
        if (error != null) { // expect: UnguardedRead['`error` is read without `done`, which guards every write to `error`']
            throw new ExecutionException(error);
        }
        return "ok";
    }

    private void waitForCompletion() throws InterruptedException {
        synchronized (done) {
            while (!done.get()) {
                done.wait();
            }
        }
    }

    public void complete(Throwable t) {
        synchronized (done) {
            done.set(true);
            error = t;
            done.notify();
        }
    }

    public static void main(String[] args) throws Exception {
        BadResultWrittenAfterAtomicDoneFlagSet call = new BadResultWrittenAfterAtomicDoneFlagSet();
        new Thread(() -> call.complete(null)).start();
        System.out.println(call.get());
    }
}
