// EXPECT: notify-not-notifyall @ line 26
// EXPECT: notify-not-notifyall @ line 34
package recall3;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Job queue shared by several producers and several consumers. The "not full" and the
 * "not empty" conditions are both signalled through the same monitor with notify(), so a
 * producer may wake another producer and the wakeup meant for a consumer is lost.
 */
public class ProducerConsumerNotify {
    private final Deque<String> jobs = new ArrayDeque<>();
    private final int capacity;

    ProducerConsumerNotify(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void submit(String job) throws InterruptedException {
        while (jobs.size() == capacity) {
            wait();
        }
        jobs.addLast(job);
        notify();
    }

    public synchronized String next() throws InterruptedException {
        while (jobs.isEmpty()) {
            wait();
        }
        String job = jobs.removeFirst();
        notify();
        return job;
    }

    public static void main(String[] args) throws InterruptedException {
        ProducerConsumerNotify queue = new ProducerConsumerNotify(1);
        Thread[] threads = new Thread[8];
        for (int i = 0; i < 4; i++) {
            final int producerId = i;
            threads[i] = new Thread(() -> {
                try {
                    for (int k = 0; k < 500; k++) {
                        queue.submit("job-" + producerId + "-" + k);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "producer-" + i);
            threads[i + 4] = new Thread(() -> {
                try {
                    int handled = 0;
                    for (int k = 0; k < 500; k++) {
                        if (queue.next().startsWith("job-")) {
                            handled++;
                        }
                    }
                    System.out.println(Thread.currentThread().getName() + " handled " + handled);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "consumer-" + i);
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
