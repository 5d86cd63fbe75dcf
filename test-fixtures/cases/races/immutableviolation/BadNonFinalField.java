package races.immutableviolation;

import net.jcip.annotations.Immutable;

/** A money value documented @Immutable whose currency field is not final, so it is neither frozen nor safely published. */
@Immutable
public class BadNonFinalField {
    private final long cents;
    private String currency; // expect: ImmutableViolation['`currency` of @Immutable class `BadNonFinalField` is not final']

    public BadNonFinalField(long cents, String currency) {
        this.cents = cents;
        this.currency = currency;
    }

    public long cents() {
        return cents;
    }

    public String currency() {
        return currency;
    }
}
