package races.unguardedwrite.siblings;

/** A step whose count client threads only read. */
final class ShownStep extends Step {
}
