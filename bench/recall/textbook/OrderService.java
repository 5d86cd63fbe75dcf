// EXPECT: race-write @ line 25
package recall;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

@Service
public class OrderService {
    private final PriceRepository prices;

    private List<String> currentItems = new ArrayList<>();
    private BigDecimal runningTotal = BigDecimal.ZERO;

    @Autowired
    public OrderService(PriceRepository prices) {
        this.prices = prices;
    }

    /** Called from the web layer for every request. */
    public BigDecimal checkout(List<String> items) {
        currentItems = items;
        runningTotal = BigDecimal.ZERO;
        for (String item : currentItems) {
            runningTotal = runningTotal.add(prices.priceOf(item));
        }
        return runningTotal;
    }

    public interface PriceRepository {
        BigDecimal priceOf(String sku);
    }
}
