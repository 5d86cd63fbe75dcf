package races.nonthreadsafestatic;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import org.springframework.stereotype.Service;

/** A Spring singleton formatting prices with a static DecimalFormat from every request thread. */
@Service
public class BadStaticDecimalFormatInService {
    private static final DecimalFormat PRICE = new DecimalFormat("#,##0.00");

    public String display(BigDecimal amount, String currency) {
        return PRICE.format(amount) + " " + currency; // expect: NonThreadSafeStatic
    }
}
