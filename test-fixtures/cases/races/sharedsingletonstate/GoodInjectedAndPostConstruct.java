package races.sharedsingletonstate;

import javax.annotation.PostConstruct;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/** A Spring @Service whose fields are written only by an @Autowired setter and a @PostConstruct method, then read by requests. */
@Service
public class GoodInjectedAndPostConstruct {
    /** Where prices come from. */
    public interface PriceSource {
        long priceInCents(String sku);
    }

    private PriceSource source;
    private long surchargeCents;

    @Autowired
    public void setSource(PriceSource source) {
        this.source = source;
    }

    @PostConstruct
    public void init() {
        surchargeCents = 25;
    }

    public long quote(String sku) {
        return source.priceInCents(sku) + surchargeCents;
    }
}
