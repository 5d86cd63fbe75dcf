package deadlock.blockingunderlock;

import java.util.ArrayList;
import java.util.List;

/** start() holds this object's monitor and calls Gate.awaitOpen, whose wait() releases only the gate's monitor: the outer monitor stays held while the thread waits, so every other start() and startedCount() caller is stuck until the gate opens. */
public final class BadInterprocNestedWait {
    static final class Gate {
        private boolean opened;

        synchronized void open() {
            opened = true;
            notifyAll();
        }

        synchronized void awaitOpen() throws InterruptedException {
            while (!opened) {
                wait();
            }
        }
    }

    private final Gate gate = new Gate();
    private final List<String> started = new ArrayList<>();

    public synchronized void start(String name) throws InterruptedException {
        gate.awaitOpen(); // expect: BlockingUnderLock
        started.add(name);
    }

    public void release() {
        gate.open();
    }

    public synchronized int startedCount() {
        return started.size();
    }
}
