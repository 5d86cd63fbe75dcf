package deadlock.aliencallunderlock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The price feed updates its state and copies the listener list under its monitor, then notifies the copy after releasing it: listener code never runs under the lock. */
public final class GoodNotifyAfterUnlock {
    public interface PriceListener {
        void onPrice(String symbol, long price);
    }

    private final List<PriceListener> listeners = new ArrayList<>();
    private final Map<String, Long> prices = new HashMap<>();

    public synchronized void addListener(PriceListener listener) {
        listeners.add(listener);
    }

    public void update(String symbol, long price) {
        List<PriceListener> snapshot;
        synchronized (this) {
            prices.put(symbol, price);
            snapshot = new ArrayList<>(listeners);
        }
        for (PriceListener listener : snapshot) {
            listener.onPrice(symbol, price);
        }
    }

    public synchronized Long price(String symbol) {
        return prices.get(symbol);
    }
}
