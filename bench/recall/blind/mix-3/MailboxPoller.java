// EXPECT: none
package probe3.mix;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Polls an IMAP mailbox for new messages. The poller only builds the
 * worker thread; the owning service decides when to start it.
 */
// OK: the Thread is returned unstarted to the caller, which starts it; interrupt()/join() are real instance methods and Thread.sleep is called statically from the worker itself
public class MailboxPoller {

    private final String mailbox;
    private final long pollIntervalMillis;
    private final AtomicInteger polls = new AtomicInteger();

    public MailboxPoller(String mailbox, long pollIntervalMillis) {
        this.mailbox = mailbox;
        this.pollIntervalMillis = pollIntervalMillis;
    }

    public Thread newPollingThread() {
        Thread t = new Thread(this::pollLoop, "imap-poller-" + mailbox);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((th, ex) -> System.err.println(th.getName() + " died: " + ex));
        return t;
    }

    private void pollLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            polls.incrementAndGet();
            try {
                Thread.sleep(pollIntervalMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public int polls() {
        return polls.get();
    }

    static final class MailService {
        private final Thread pollerThread;
        private final MailboxPoller poller;

        MailService(MailboxPoller poller) {
            this.poller = poller;
            this.pollerThread = poller.newPollingThread();
        }

        void start() {
            pollerThread.start();
        }

        void stop() throws InterruptedException {
            pollerThread.interrupt();
            pollerThread.join(1_000);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        MailService service = new MailService(new MailboxPoller("support@example.com", 25));
        service.start();
        Thread.sleep(200);
        service.stop();
        System.out.println("polls=" + service.poller.polls());
    }
}
