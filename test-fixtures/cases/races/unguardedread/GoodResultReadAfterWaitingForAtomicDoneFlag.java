package races.unguardedread;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A call another thread completes: {@code complete} records the error under the flag's monitor and then
 * sets the atomic flag; {@code get} waits in a helper until it sees the flag set, and only then reads the
 * error. The atomic write orders the error before it, and a thread that reads the flag set sees it
 * (hadoop's ExternalCall.get).
 */
public class GoodResultReadAfterWaitingForAtomicDoneFlag {
    private final AtomicBoolean done = new AtomicBoolean();
    private Throwable error;

    public Object get() throws InterruptedException, ExecutionException {
        waitForCompletion();
        if (error != null) {
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
            error = t;
            done.set(true);
            done.notify();
        }
    }

    public static void main(String[] args) throws Exception {
        GoodResultReadAfterWaitingForAtomicDoneFlag call = new GoodResultReadAfterWaitingForAtomicDoneFlag();
        new Thread(() -> call.complete(null)).start();
        System.out.println(call.get());
    }
}
