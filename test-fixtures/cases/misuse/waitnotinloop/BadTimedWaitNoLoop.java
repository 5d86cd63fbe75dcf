package misuse.waitnotinloop;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;

/** Buffer pool that waits once with a timeout: an early or spurious wakeup hands back null although the deadline has not passed. */
public class BadTimedWaitNoLoop {
    private final Deque<ByteBuffer> idle = new ArrayDeque<>();

    public ByteBuffer borrow(long timeoutMillis) throws InterruptedException {
        synchronized (idle) {
            if (idle.isEmpty()) {
                idle.wait(timeoutMillis); // expect: WaitNotInLoop
            }
            return idle.pollFirst();
        }
    }

    public void giveBack(ByteBuffer buffer) {
        synchronized (idle) {
            idle.addLast(buffer.clear());
            idle.notifyAll();
        }
    }
}
