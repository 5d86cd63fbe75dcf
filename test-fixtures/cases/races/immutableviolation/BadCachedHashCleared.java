package races.immutableviolation;

import net.jcip.annotations.Immutable;

/**
 * Looks like a cached hash, but another method clears it: the field is state that changes after
 * construction, not a value every thread computes the same way.
 */
@Immutable
public abstract class BadCachedHashCleared {
    private int hashcode; // expect: ImmutableViolation['`hashcode` of @Immutable class `BadCachedHashCleared` is not final']

    public abstract String name();

    @Override
    public final int hashCode() {
        int result = hashcode;
        if (result == 0) {
            result = 31 + name().hashCode();
            hashcode = result;
        }
        return result;
    }

    public void forget() {
        hashcode = 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BadCachedHashCleared other && name().equals(other.name());
    }
}
