package deadlock.classinitdeadlock;

/**
 * The same limits, but the serializer's own public factory makes more of them: a thread can take a
 * serializer from it without initializing the base, then start on the subclass while another thread
 * initializes the base.
 */
public abstract class BadSubclassMadeBySerializerAnyoneCanGet {
    public static final BadSubclassMadeBySerializerAnyoneCanGet NONE = new CountLimits(Integer.MAX_VALUE); // expect: ClassInitDeadlock['the static initialization of `BadSubclassMadeBySerializerAnyoneCanGet` uses its subclass `CountLimits`']
    public static final Serializer serializer = new Serializer();

    public abstract int count();

    private static final class CountLimits extends BadSubclassMadeBySerializerAnyoneCanGet {
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
        public static Serializer create() {
            return new Serializer();
        }

        public BadSubclassMadeBySerializerAnyoneCanGet deserialize(java.io.DataInput in) throws java.io.IOException {
            return new CountLimits(in.readInt());
        }
    }
}
