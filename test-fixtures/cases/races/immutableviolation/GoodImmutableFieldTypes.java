package races.immutableviolation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import net.jcip.annotations.Immutable;

/** An @Immutable invoice line whose fields are all final and of immutable types (String, boxed, BigDecimal, java.time, enum). */
@Immutable
public final class GoodImmutableFieldTypes {
    /** How the line is billed. */
    public enum Unit { HOUR, DAY, ITEM }

    private final String description;
    private final Integer quantity;
    private final BigDecimal unitPrice;
    private final LocalDate date;
    private final Duration warranty;
    private final Unit unit;

    public GoodImmutableFieldTypes(String description, Integer quantity, BigDecimal unitPrice,
                                   LocalDate date, Duration warranty, Unit unit) {
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.date = date;
        this.warranty = warranty;
        this.unit = unit;
    }

    public BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    public String label() {
        return description + " x" + quantity + " " + unit + " on " + date + " (warranty " + warranty + ")";
    }
}
