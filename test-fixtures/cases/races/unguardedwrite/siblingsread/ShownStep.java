package races.unguardedwrite.siblingsread;

/** A step whose count client threads only read. */
final class ShownStep extends Step {
}
