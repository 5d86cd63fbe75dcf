package races.unguardedwrite;

import java.util.concurrent.BlockingQueue;

/**
 * A consumer thread counts the messages it takes up to a limit a setter configures. The loop ends by its
 * own count, not by seeing the limit change: the limit is a setting users give before {@code start()},
 * not a flag the loop waits on, and its write is not reported (activemq's ConsumerThread.setMessageCount).
 * The stop flag beside it is polled, and its plain write from another thread may never be seen; and
 * {@code run} sets it after {@code stopConsuming} may have cleared it.
 */
public class BadStopFlagBesideMessageLimitOfConsumerThread extends Thread {
    private final BlockingQueue<String> queue;
    private int messageCount = 1000;
    private int received;
    private boolean running; // expect: UnguardedWrite['`running`, neither volatile nor guarded, is written in `BadStopFlagBesideMessageLimitOfConsumerThread.stopConsuming` without a lock, while a task that runs on another thread polls it in a loop']

    public BadStopFlagBesideMessageLimitOfConsumerThread(BlockingQueue<String> queue) {
        this.queue = queue;
    }

    @Override
    public void run() {
        running = true; // expect: UnguardedWrite['`running` is written without a lock, by a task that runs on another thread; it races with the write of `running`']
        try {
            while (running && received < messageCount) { // expect: UnguardedWrite['this loop polls `running`']
                String message = queue.take();
                System.out.println(message);
                received++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void setMessageCount(int messageCount) {
        this.messageCount = messageCount;
    }

    public void stopConsuming() {
        running = false;
    }
}
