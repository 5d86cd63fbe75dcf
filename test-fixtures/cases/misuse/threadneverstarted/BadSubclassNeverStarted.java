package misuse.threadneverstarted;

import java.util.concurrent.atomic.AtomicBoolean;

/** Session manager that creates its Reaper thread subclass and only names it: the reaper never runs, so expired sessions are never reaped. */
public class BadSubclassNeverStarted {
    private final AtomicBoolean reaped = new AtomicBoolean();

    static final class Reaper extends Thread {
        private final AtomicBoolean done;

        Reaper(AtomicBoolean done) {
            this.done = done;
        }

        @Override
        public void run() {
            done.set(true);
        }
    }

    public void init() {
        Reaper reaper = new Reaper(reaped); // expect: ThreadNeverStarted
        reaper.setName("session-reaper");
    }

    public boolean reaped() {
        return reaped.get();
    }
}
