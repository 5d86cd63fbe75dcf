package races.immutableviolation;

import net.jcip.annotations.Immutable;

/** An @Immutable path whose child() appends to its own final StringBuilder: the "immutable" value changes after construction. */
@Immutable
public final class BadMutatedBuilderField {
    private final StringBuilder path; // expect: ImmutableViolation['is changed by `BadMutatedBuilderField.child()`']

    public BadMutatedBuilderField(String root) {
        this.path = new StringBuilder(root);
    }

    public BadMutatedBuilderField child(String name) {
        path.append('/').append(name);
        return this;
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
