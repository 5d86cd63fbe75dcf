package races.unguardedread;

/**
 * A global factory swapped under the class's lock and read without it, in a field whose declaration
 * says it is deliberately not volatile: the authors weighed the race (cassandra's
 * {@code ExecutorFactory.Global}), so it is a note that says so.
 */
public class BadFactoryDeliberatelyNotVolatileNote {

    static final class Global {
        // deliberately not volatile to ensure zero overhead outside of testing;
        // depend on other memory visibility primitives to ensure visibility
        private static Runnable factory = () -> { };

        static Runnable factory() {
            return factory; // expect: UnguardedRead['a comment at the declaration of `factory` says its race is deliberate']
        }

        static synchronized void set(Runnable value) {
            factory = value;
        }
    }

    public static void main(String[] args) {
        new Thread(() -> Global.set(() -> System.out.println("swapped"))).start();
        Global.factory().run();
    }
}
