package races.nonthreadsafestatic;

import java.math.RoundingMode;
import java.text.DecimalFormat;

/** A static DecimalFormat configured in the static initializer and used afterwards only inside synchronized (PRICE). */
public final class GoodLockedStaticFormat {
    private static final DecimalFormat PRICE = new DecimalFormat("#,##0.00");

    static {
        PRICE.setRoundingMode(RoundingMode.HALF_EVEN);
    }

    private GoodLockedStaticFormat() {
    }

    public static String display(double amount) {
        synchronized (PRICE) {
            return PRICE.format(amount);
        }
    }
}
