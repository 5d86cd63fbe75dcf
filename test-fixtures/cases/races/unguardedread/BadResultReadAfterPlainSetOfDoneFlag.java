package races.unguardedread;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The same call, but {@code complete} sets the flag with {@code setPlain}, which orders nothing before it:
 * a thread that sees the flag set may still read the error from before.
 */
public class BadResultReadAfterPlainSetOfDoneFlag {
    private final AtomicBoolean done = new AtomicBoolean();
    private Throwable error;

    public Object get() throws ExecutionException {
        while (!done.getPlain()) {
            Thread.onSpinWait();
        }
        if (error != null) { // expect: UnguardedRead['`error` is read without `done`, which guards every write to `error`']
            throw new ExecutionException(error);
        }
        return "ok";
    }

    public void complete(Throwable t) {
        synchronized (done) { // expect: MonitorOnConcurrencyObject['synchronized on `done`, a AtomicBoolean']
            error = t;
            done.setPlain(true);
        }
    }

    public static void main(String[] args) throws Exception {
        BadResultReadAfterPlainSetOfDoneFlag call = new BadResultReadAfterPlainSetOfDoneFlag();
        new Thread(() -> call.complete(null)).start();
        System.out.println(call.get());
    }
}
