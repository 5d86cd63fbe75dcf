package deadlock.classinitdeadlock;

/**
 * The interface declares a default method, so initializing a class that implements it initializes the
 * interface first (JLS 12.4.2): a thread starting on LoudGreeter while another initializes
 * BadInterfaceWithDefaultMethod deadlocks.
 */
public interface BadInterfaceWithDefaultMethod {
    BadInterfaceWithDefaultMethod LOUD = new LoudGreeter(); // expect: ClassInitDeadlock['uses its subclass `LoudGreeter`']

    String name();

    default String greet() {
        return "hello " + name();
    }
}

/** A public greeter that callers outside can create first. */
final class LoudGreeter implements BadInterfaceWithDefaultMethod { // related: ClassInitDeadlock['`LoudGreeter` extends']
    @Override
    public String name() {
        return "WORLD";
    }
}

/** Code that starts on the implementation first. */
final class GreeterUser {
    String hello() {
        return new LoudGreeter().greet();
    }
}
