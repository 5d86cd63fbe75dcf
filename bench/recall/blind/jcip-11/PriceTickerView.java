// EXPECT: none
package probe11a; import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Shows the latest prices for one trading venue. Quotes arrive on the market data bus's
 * dispatcher thread; the dashboard threads read the view concurrently.
 */
public class PriceTickerView {

    public record PriceUpdate(String venue, String symbol, long priceMicros) { }

    public static final class MarketDataBus implements Runnable {
        private final List<Consumer<PriceUpdate>> listeners = new CopyOnWriteArrayList<>();
        private volatile boolean running = true;

        public void addListener(Consumer<PriceUpdate> listener) {
            listeners.add(listener);
        }

        public void stop() {
            running = false;
        }

        @Override
        public void run() {
            long seq = 0;
            while (running) {
                PriceUpdate update = new PriceUpdate(seq % 2 == 0 ? "XAMS" : "XPAR", "SYM" + (seq % 4), 1_000_000 + seq);
                for (Consumer<PriceUpdate> l : listeners) {
                    l.accept(update);
                }
                seq++;
            }
        }
    }

    private final String venue;
    private final Map<String, Long> lastPrices;

    private PriceTickerView(String venue) {
        this.venue = venue;
        this.lastPrices = new HashMap<>();
    }

    public static PriceTickerView subscribe(MarketDataBus bus, String venue) {
        PriceTickerView view = new PriceTickerView(venue);
        bus.addListener(view::onPrice); // OK: listener is registered only after the constructor has finished; CopyOnWriteArrayList add/iterate gives happens-before to the bus thread
        return view;
    }

    private synchronized void onPrice(PriceUpdate update) {
        if (venue.equals(update.venue())) {
            lastPrices.put(update.symbol(), update.priceMicros());
        }
    }

    public synchronized long lastPrice(String symbol) {
        return lastPrices.getOrDefault(symbol, -1L);
    }

    public synchronized int symbolCount() {
        return lastPrices.size();
    }

    public static void main(String[] args) throws InterruptedException {
        MarketDataBus bus = new MarketDataBus();
        Thread dispatcher = new Thread(bus, "md-bus");
        dispatcher.start();

        PriceTickerView amsterdam = PriceTickerView.subscribe(bus, "XAMS");
        PriceTickerView paris = PriceTickerView.subscribe(bus, "XPAR");
        Thread.sleep(100);
        System.out.println("XAMS SYM0 " + amsterdam.lastPrice("SYM0") + ", XPAR symbols " + paris.symbolCount());

        bus.stop();
        dispatcher.join();
    }
}
