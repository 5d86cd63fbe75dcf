// EXPECT: none
package probe5.locks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps the latest quote per instrument and notifies subscribers of every
 * change. Subscribers are free to call back into the board (for example to
 * read other quotes) from inside their callback.
 */
// OK: quote state is updated under the board monitor but listeners are invoked only after the monitor is released
public class QuoteBoard {

    /** Receives quote changes. */
    public interface QuoteListener {
        void quoteChanged(String instrument, double oldPrice, double newPrice);
    }

    private final Map<String, Double> quotes = new HashMap<>();
    private final List<QuoteListener> listeners = new CopyOnWriteArrayList<>();

    public void addListener(QuoteListener listener) {
        listeners.add(listener);
    }

    public synchronized double quote(String instrument) {
        Double price = quotes.get(instrument);
        return price == null ? Double.NaN : price;
    }

    /** Returns {@code first - second} computed from one consistent snapshot. */
    public synchronized double spread(String first, String second) {
        return quote(first) - quote(second);
    }

    /** Stores a new quote and then notifies listeners outside the monitor. */
    public void update(String instrument, double newPrice) {
        double oldPrice;
        synchronized (this) {
            Double previous = quotes.put(instrument, newPrice);
            oldPrice = previous == null ? Double.NaN : previous;
        }
        for (QuoteListener listener : listeners) {
            listener.quoteChanged(instrument, oldPrice, newPrice);
        }
    }

    /** Example subscriber that keeps its own state under its own monitor. */
    static final class SpreadMonitor implements QuoteListener {
        private final QuoteBoard board;
        private double lastSpread;

        SpreadMonitor(QuoteBoard board) {
            this.board = board;
        }

        @Override
        public synchronized void quoteChanged(String instrument, double oldPrice, double newPrice) {
            lastSpread = board.spread("BID", "ASK");
        }

        synchronized double lastSpread() {
            return lastSpread;
        }

        synchronized double refresh() {
            lastSpread = board.spread("BID", "ASK");
            return lastSpread;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        QuoteBoard board = new QuoteBoard();
        SpreadMonitor spread = new SpreadMonitor(board);
        board.addListener(spread);
        Thread feed = new Thread(() -> {
            for (int i = 0; i < 50_000; i++) {
                board.update(i % 2 == 0 ? "BID" : "ASK", 100 + (i % 5));
            }
        }, "feed");
        Thread ui = new Thread(() -> {
            for (int i = 0; i < 50_000; i++) {
                spread.refresh();
            }
        }, "ui");
        feed.start();
        ui.start();
        feed.join();
        ui.join();
        System.out.println("spread=" + spread.lastSpread());
    }
}
