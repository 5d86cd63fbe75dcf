package races.immutableviolation;

import java.util.Locale;
import net.jcip.annotations.Immutable;

/**
 * An immutable descriptor (its getters implemented by a generated subclass) caches its hash the
 * String.hashCode way: every thread computes the same int from unchanging state and stores it whole,
 * so a race only computes it twice.
 */
@Immutable
public abstract class GoodCachedHash {
    private final String unit = "ms";
    private int hashcode;

    public abstract String name();

    public abstract String description();

    @Override
    public final int hashCode() {
        int result = hashcode;
        if (result == 0) {
            result = 1;
            result = result * 31 + name().toLowerCase(Locale.ROOT).hashCode();
            result = result * 31 + description().hashCode();
            result = result * 31 + unit.hashCode();
            hashcode = result;
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GoodCachedHash other && name().equals(other.name());
    }
}
