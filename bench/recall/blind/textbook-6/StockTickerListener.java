// EXPECT: none
package probe6c;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stock ticker board that listens to a price feed and redraws itself from its own
 * refresh thread. The constructor only creates the thread; the static factory registers
 * the listener and starts the thread once the object is fully constructed.
 */
public class StockTickerListener {
    interface PriceListener {
        void onPrice(String symbol, double price);
    }

    static final class PriceFeed {
        private final List<PriceListener> listeners = new CopyOnWriteArrayList<>();

        void register(PriceListener l) {
            listeners.add(l);
        }

        void publish(String symbol, double price) {
            for (PriceListener l : listeners) {
                l.onPrice(symbol, price);
            }
        }
    }

    private final String name;
    private final Map<String, Double> lastPrices;
    private final Thread refresher;

    private StockTickerListener(String name) {
        this.name = name;
        this.lastPrices = new HashMap<>();
        this.refresher = new Thread(this::refreshLoop, "ticker-refresh"); // created, not started
        this.refresher.setDaemon(true);
    }

    public static StockTickerListener create(String name, PriceFeed feed) {
        StockTickerListener board = new StockTickerListener(name);
        feed.register(board::onPrice);
        board.refresher.start(); // OK: thread started (and listener registered) in the static factory after construction completed
        return board;
    }

    private synchronized void onPrice(String symbol, double price) {
        lastPrices.put(symbol, price);
    }

    public synchronized String snapshot() {
        return name + " " + lastPrices;
    }

    private void refreshLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(20);
                System.out.println("redraw: " + snapshot());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void close() throws InterruptedException {
        refresher.interrupt();
        refresher.join();
    }

    public static void main(String[] args) throws InterruptedException {
        PriceFeed feed = new PriceFeed();
        StockTickerListener board = StockTickerListener.create("main-board", feed);
        Thread publisher = new Thread(() -> {
            String[] symbols = {"ACME", "GLOBX", "INITECH"};
            for (int i = 0; i < 30; i++) {
                feed.publish(symbols[i % symbols.length], 100 + i * 0.25);
            }
        }, "feed-publisher");
        publisher.start();
        publisher.join();
        Thread.sleep(50);
        board.close();
        System.out.println("final: " + board.snapshot());
    }
}
