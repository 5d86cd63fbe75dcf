package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A server's public step, `submitNow`, backs off when it has no processor yet, and ignores an interrupt while it
 * does. The server shows no sign of being shared with clients (no lock, no volatile state of its own): its
 * one caller is the server's own throttler thread, whose loop stops on a flag (`killed`), so a lost
 * interrupt costs that thread nothing; it goes round and sees the flag (zookeeper
 * ZooKeeperServer.submitRequestNow, called only by RequestThrottler.run).
 */
public class GoodServerStepOnlyItsOwnThreadCalls {
    private final Throttler throttler = new Throttler();
    private String firstProcessor;

    public static void main(String[] args) {
        GoodServerStepOnlyItsOwnThreadCalls server = new GoodServerStepOnlyItsOwnThreadCalls();
        server.startup();
    }

    void startup() {
        firstProcessor = "final";
        throttler.start();
    }

    public void submitNow(String request) {
        if (firstProcessor == null) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
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
