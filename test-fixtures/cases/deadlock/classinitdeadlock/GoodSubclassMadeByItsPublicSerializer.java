package deadlock.classinitdeadlock;

/**
 * Limits with a private subclass that only the base's own code makes: its static initializer, and its
 * serializer. The serializer is a public class nested in the base, but the program's only one is the
 * base's static field, made by the base's initialization: a thread that deserializes has read that field,
 * so the base is initialized before any thread can start on the subclass.
 */
public abstract class GoodSubclassMadeByItsPublicSerializer {
    public static final GoodSubclassMadeByItsPublicSerializer NONE = new CountLimits(Integer.MAX_VALUE);
    public static final Serializer serializer = new Serializer();

    public abstract int count();

    private static final class CountLimits extends GoodSubclassMadeByItsPublicSerializer {
        private final int count;

        CountLimits(int count) {
            this.count = count;
        }

        @Override
        public int count() {
            return count;
        }
    }

    public static class Serializer {
        public GoodSubclassMadeByItsPublicSerializer deserialize(java.io.DataInput in) throws java.io.IOException {
            return new CountLimits(in.readInt());
        }
    }
}
