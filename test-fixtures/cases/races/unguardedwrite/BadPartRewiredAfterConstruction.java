package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The look-alike of GoodPartsWiredInOwnersConstructor where the owner also rewires its part after
 * construction ({@code replaceLines()}, any client thread): that write meets the pool's locked reads of
 * the part's field. A warning.
 */
public class BadPartRewiredAfterConstruction {

    static final class Stock {
        private final Map<String, Integer> onHand = new HashMap<>();
        private Lines lines;

        void attach(Lines lines) {
            this.lines = lines; // expect: UnguardedWrite['`lines` is written without `this`']
        }

        synchronized boolean allocate(String pick, String bin, int qty) {
            int have = onHand.getOrDefault(bin, 0);
            if (have < qty) {
                return false;
            }
            onHand.put(bin, have - qty);
            lines.add(pick, bin);
            return true;
        }

        synchronized void receive(String bin, int qty) {
            onHand.merge(bin, qty, Integer::sum);
        }
    }

    static final class Lines {
        private final Map<String, String> binByPick = new HashMap<>();

        synchronized void add(String pick, String bin) {
            binByPick.put(pick, bin);
        }
    }

    private final Stock stock = new Stock();
    private final ExecutorService gateway = Executors.newFixedThreadPool(4);

    public BadPartRewiredAfterConstruction() {
        stock.attach(new Lines());
    }

    public void replaceLines() {
        stock.attach(new Lines());
    }

    public void receive(String bin, int qty) {
        stock.receive(bin, qty);
    }

    public void allocateLater(String pick, String bin) {
        gateway.execute(() -> stock.allocate(pick, bin, 1));
    }
}
