package races.unguardedwrite;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A producer thread sends messages until an atomic counter it steps reaches a limit a setter configures:
 * the loop ends by its own count, so the limit is a setting given before {@code start()}, not a flag the
 * loop waits to see change (activemq's ProducerThread.setMessageCount).
 */
public class GoodMessageLimitCountedByAtomicCounter extends Thread {
    private final AtomicInteger sentCount = new AtomicInteger();
    private int messageCount = 1000;

    @Override
    public void run() {
        for (sentCount.set(0); sentCount.get() < messageCount; sentCount.incrementAndGet()) {
            System.out.println("message " + sentCount.get());
        }
    }

    public void setMessageCount(int messageCount) {
        this.messageCount = messageCount;
    }

    public int getSentCount() {
        return sentCount.get();
    }
}
