package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The look-alike: the same public step, but the server is shared with clients (its public `submit`
 * takes its lock) and they call `submitNow` on their own threads too. A client's thread goes on after the
 * lost interrupt, and code further up the client's stack cannot see that it was asked to stop.
 */
public class BadServerStepClientsCallToo {
    private final Throttler throttler = new Throttler();
    private String firstProcessor;

    public static void main(String[] args) {
        BadServerStepClientsCallToo server = new BadServerStepClientsCallToo();
        server.startup();
    }

    void startup() {
        firstProcessor = "final";
        throttler.start();
    }

    public synchronized void submit(String request) {
        throttler.submitted.add(request);
    }

    public void submitNow(String request) {
        if (firstProcessor == null) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) { // expect: InterruptSwallowed['`BadServerStepClientsCallToo.submitNow` goes on running on its caller's thread']
                System.out.println("interrupted while waiting for the processor, going on");
            }
        }
        System.out.println(firstProcessor + " <- " + request);
    }

    private final class Throttler extends Thread {
        private final BlockingQueue<String> submitted = new LinkedBlockingQueue<>();
        private volatile boolean killed;

        @Override
        public void run() {
            while (!killed) {
                String request = submitted.poll();
                if (request != null) {
                    submitNow(request);
                }
            }
        }

        void kill() {
            killed = true;
        }
    }
}
