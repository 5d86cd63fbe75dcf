package races.unguardedread;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The same call, but {@code peek} reads the error without looking at the flag: nothing orders that read
 * after {@code complete}'s write on the other thread.
 */
public class BadResultReadWithoutWaitingForAtomicDoneFlag {
    private final AtomicBoolean done = new AtomicBoolean();
    private Throwable error;

    public boolean failed() {
        return error != null; // expect: UnguardedRead['`error` is read without `done`, which guards every write to `error`']
    }

    public void await() throws InterruptedException {
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
        BadResultReadWithoutWaitingForAtomicDoneFlag call = new BadResultReadWithoutWaitingForAtomicDoneFlag();
        new Thread(() -> call.complete(null)).start();
        System.out.println(call.failed());
    }
}
