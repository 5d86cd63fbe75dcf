package deadlock.classinitdeadlock;

/**
 * The checker interface's constant is an instance of a public implementation, but an interface without
 * default methods is not initialized when a class implementing it is (JLS 12.4.1): initializing
 * NoopListChecker never waits for GoodInterfaceWithoutDefaultMethods, so no two threads can wait for each other.
 */
public interface GoodInterfaceWithoutDefaultMethods {
    GoodInterfaceWithoutDefaultMethods NOOP = new NoopListChecker();

    boolean check(String key);
}

/** The checker that accepts everything, public for anyone to use. */
final class NoopListChecker implements GoodInterfaceWithoutDefaultMethods {
    public static final NoopListChecker INSTANCE = new NoopListChecker();

    @Override
    public boolean check(String key) {
        return true;
    }
}

/** Code that starts on the implementation first: harmless, the interface is not initialized by it. */
final class ListCheckerUser {
    boolean accepts(String key) {
        return NoopListChecker.INSTANCE.check(key);
    }
}
