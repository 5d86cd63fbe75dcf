package misuse.ignoredfuture;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Links between reservoirs, each scheduled from a loop over a list of them: the loop variable's class is
 * the program's own, and its run() cannot be seen to fail, so dropping the futures loses nothing.
 */
public class GoodScheduledLinksCannotFail {
    static final class Link implements Runnable {
        private final double rate;
        private double moved;

        Link(double rate) {
            this.rate = rate;
        }

        @Override
        public synchronized void run() {
            moved += rate;
        }
    }

    public static void start(List<Link> links) {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(links.size());
        for (Link link : links) {
            scheduler.scheduleAtFixedRate(link, 0, 200, TimeUnit.MILLISECONDS);
        }
    }
}
