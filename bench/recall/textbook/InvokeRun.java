// EXPECT: run-instead-of-start @ line 20
package recall;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

public class InvokeRun {
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();

    public void startConsumer() {
        Thread consumer = new Thread(() -> {
            try {
                while (true) {
                    System.out.println("got " + queue.take());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "consumer");
        consumer.run();
    }

    public void offer(String s) {
        queue.offer(s);
    }

    public static void main(String[] args) {
        InvokeRun r = new InvokeRun();
        r.startConsumer();
        r.offer("hello");
    }
}
