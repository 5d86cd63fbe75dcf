package misuse.ignoredfuture;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The same scheduled links, but a link's run() throws when its source runs dry: the exception ends the
 * periodic task, stored in a future nobody keeps.
 */
public class BadScheduledLinksMayFail {
    static final class Link implements Runnable {
        private final double rate;
        private double level = 10;

        Link(double rate) {
            this.rate = rate;
        }

        @Override
        public synchronized void run() {
            if (level < rate) {
                throw new IllegalStateException("source ran dry");
            }
            level -= rate;
        }
    }

    public static void start(List<Link> links) {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(links.size());
        for (Link link : links) {
            scheduler.scheduleAtFixedRate(link, 0, 200, TimeUnit.MILLISECONDS); // expect: IgnoredFuture['`Link.run` throws `IllegalStateException`']
        }
    }
}
