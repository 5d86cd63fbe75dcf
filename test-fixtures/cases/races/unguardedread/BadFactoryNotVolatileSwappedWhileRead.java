package races.unguardedread;

/**
 * Look-alike of {@code BadFactoryDeliberatelyNotVolatileNote} without the comment: nothing says the race is
 * weighed, so the unlocked read of the swapped factory stays a warning.
 */
public class BadFactoryNotVolatileSwappedWhileRead {

    static final class Global {
        private static Runnable factory = () -> { };

        static Runnable factory() {
            return factory; // expect: UnguardedRead['`factory` is read without `Global.class`']
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
