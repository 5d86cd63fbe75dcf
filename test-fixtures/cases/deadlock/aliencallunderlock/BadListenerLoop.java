package deadlock.aliencallunderlock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A price feed notifies its listeners while holding its monitor: any listener that blocks, or takes a lock another thread holds while calling back into the feed, stalls or deadlocks every publisher. */
public final class BadListenerLoop {
    public interface PriceListener {
        void onPrice(String symbol, long price);
    }

    private final List<PriceListener> listeners = new ArrayList<>();
    private final Map<String, Long> prices = new HashMap<>();

    public synchronized void addListener(PriceListener listener) {
        listeners.add(listener);
    }

    public synchronized void update(String symbol, long price) {
        prices.put(symbol, price);
        for (PriceListener listener : listeners) {
            listener.onPrice(symbol, price); // expect: AlienCallUnderLock['`listener.onPrice()` on a `PriceListener`, handed in by callers of `BadListenerLoop.addListener`'], AlienCallUnderLock['while holding `this`']
        }
    }

    public synchronized Long price(String symbol) {
        return prices.get(symbol);
    }
}
