package sendsync.useaftersend;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Exchanger;

/** The Exchanger idiom: the filler keeps the buffer it receives back and only fills that one. */
public class GoodExchangerSwap {
    private final Exchanger<List<String>> exchanger;

    public GoodExchangerSwap(Exchanger<List<String>> exchanger) {
        this.exchanger = exchanger;
    }

    public void fill(Iterable<String> readings) throws InterruptedException {
        List<String> buffer = new ArrayList<>();
        for (String r : readings) {
            buffer.add(r);
            if (buffer.size() == 64) {
                buffer = exchanger.exchange(buffer);
                buffer.clear();
            }
        }
    }
}
