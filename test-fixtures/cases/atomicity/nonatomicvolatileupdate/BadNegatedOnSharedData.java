package atomicity.nonatomicvolatileupdate;

/**
 * The same counters, but the object {@code negate} updates is the one the class shares: it is stored
 * in a field that every client thread reaches, so two threads negating at once can lose an update.
 */
public class BadNegatedOnSharedData {

    static final class Data {
        volatile long bytesRead;

        void negate() {
            bytesRead = -bytesRead; // expect: NonAtomicVolatileUpdate['`bytesRead` is volatile, but this update reads it and then writes it in two steps']
        }
    }

    private volatile Data current = new Data();

    public void install(Data data) {
        current = data;
    }

    public void flip() {
        current.negate();
    }

    public void flipFresh() {
        Data local = new Data();
        local.negate();
    }
}
