package races.sharedsingletonstate;

import org.springframework.stereotype.Service;

/** A Spring @Service singleton counting calls in a plain int field: request threads lose increments. */
@Service
public class BadServiceRequestCounter {
    private int quotesServed;

    public String quote(String symbol) {
        quotesServed++; // expect: SharedSingletonState['`quotesServed` is written while handling a request, but `BadServiceRequestCounter` is a singleton']
        return symbol + ":" + Math.abs(symbol.hashCode() % 1000);
    }

    public int quotesServed() {
        return quotesServed;
    }
}
