// EXPECT: this-escape @ line 26
package recall3;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Keeps a moving window of prices for one symbol. The market-data feed delivers prices on its
 * own dispatcher thread as soon as a listener is subscribed.
 */
public class PriceFeedSubscriber implements DoubleConsumer {

    /** A market-data feed; listeners are invoked from the feed's dispatcher thread. */
    public interface PriceFeed {
        void subscribe(String symbol, DoubleConsumer listener);
    }

    private final String symbol;
    private final int windowSize;
    private final List<Double> window;
    private double sum;

    public PriceFeedSubscriber(PriceFeed feed, String symbol, int windowSize) {
        this.symbol = symbol;
        feed.subscribe(symbol, this);
        this.windowSize = windowSize;
        this.window = new ArrayList<>(windowSize);
    }

    @Override
    public synchronized void accept(double price) {
        window.add(price);
        sum += price;
        if (window.size() > windowSize) {
            sum -= window.remove(0);
        }
    }

    public synchronized double movingAverage() {
        return window.isEmpty() ? Double.NaN : sum / window.size();
    }

    public String symbol() {
        return symbol;
    }
}
