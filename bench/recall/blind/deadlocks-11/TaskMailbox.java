// EXPECT: none
package probe11c; import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Mailbox between the network reader threads, which post decoded commands, and
 * the executor threads, which run them. Both sides are started in main().
 */
public class TaskMailbox {

    private final Deque<Runnable> tasks = new ArrayDeque<>();
    private final Object notEmpty = new Object();
    private final Object stats = new Object();
    private long posted;
    private long taken;

    public void post(Runnable task) {
        synchronized (notEmpty) {
            tasks.addLast(task);
            notEmpty.notifyAll();
        }
        synchronized (stats) {
            posted++;
        }
    }

    public Runnable take() throws InterruptedException {
        Runnable task;
        synchronized (notEmpty) {
            while (tasks.isEmpty()) {
                notEmpty.wait(); // OK: notEmpty is the only monitor held here, and wait() releases it so post() can add a task
            }
            task = tasks.pollFirst();
        }
        synchronized (stats) {
            taken++;
        }
        return task;
    }

    public long backlog() {
        synchronized (stats) {
            return posted - taken;
        }
    }

    static final class Executor extends Thread {
        private final TaskMailbox mailbox;

        Executor(TaskMailbox mailbox, int n) {
            super("mailbox-executor-" + n);
            this.mailbox = mailbox;
        }

        @Override
        public void run() {
            try {
                while (!isInterrupted()) {
                    mailbox.take().run();
                }
            } catch (InterruptedException e) {
                // shutting down
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        TaskMailbox mailbox = new TaskMailbox();
        for (int i = 0; i < 3; i++) {
            Executor executor = new Executor(mailbox, i);
            executor.setDaemon(true);
            executor.start();
        }
        Thread reader = new Thread(() -> {
            for (int i = 0; i < 1_000; i++) {
                int id = i;
                mailbox.post(() -> System.out.println("executed command " + id));
            }
        }, "net-reader");
        Thread.sleep(100);
        reader.start();
        reader.join();
        System.out.println("backlog " + mailbox.backlog());
    }
}
