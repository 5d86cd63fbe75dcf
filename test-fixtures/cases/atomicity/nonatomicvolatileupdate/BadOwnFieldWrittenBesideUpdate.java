package atomicity.nonatomicvolatileupdate;

/**
 * The look-alike of GoodSuperclassFieldOfTheSameName whose getter stores the superclass's answer in
 * the channel's own field: a client's write can land between the worker's read and write.
 */
public class BadOwnFieldWrittenBesideUpdate extends BadOwnFieldWrittenBesideUpdateBase {
    private volatile String address = "";

    @Override
    public String address() {
        address = super.address();
        return address;
    }

    private void rebind() {
        address += "-rebound"; // expect: NonAtomicVolatileUpdate['`address` is volatile, but this update reads it and then writes it in two steps']
    }

    void run() {
        new Thread(this::rebind).start();
    }
}

class BadOwnFieldWrittenBesideUpdateBase {
    private volatile String address;

    public String address() {
        String a = address;
        if (a == null) {
            address = a = "unbound";
        }
        return a;
    }
}
