package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The owner builds its two parts in its own fields and wires them to each other in its constructor
 * ({@code stock.attach(lines)}): the part's plain field is written while the owner is still being built,
 * before anything else can reach either part, and read later under the part's monitor by the owner's
 * clients, here the pool's tasks a main thread hands the owner to once it is built. The write is part of
 * the owner's construction (a blind look-alike, warehouse pick lists).
 */
public class GoodPartsWiredInOwnersConstructor {

    static final class Stock {
        private final Map<String, Integer> onHand = new HashMap<>();
        private Lines lines;

        void attach(Lines lines) {
            this.lines = lines;
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
        private final Stock stock;

        Lines(Stock stock) {
            this.stock = stock;
        }

        synchronized void add(String pick, String bin) {
            binByPick.put(pick, bin);
        }

        synchronized int size() {
            return binByPick.size();
        }
    }

    private final Stock stock = new Stock();
    private final Lines lines = new Lines(stock);
    private final ExecutorService gateway = Executors.newFixedThreadPool(4);

    public GoodPartsWiredInOwnersConstructor() {
        stock.attach(lines);
    }

    public void receive(String bin, int qty) {
        stock.receive(bin, qty);
    }

    public void allocateLater(String pick, String bin) {
        gateway.execute(() -> stock.allocate(pick, bin, 1));
    }

    public int lines() {
        return lines.size();
    }

    public static void main(String[] args) {
        GoodPartsWiredInOwnersConstructor service = new GoodPartsWiredInOwnersConstructor();
        service.receive("A-01", 100);
        for (int i = 0; i < 10; i++) {
            service.allocateLater("pick-" + i, "A-01");
        }
    }
}
