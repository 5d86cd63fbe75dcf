package publication.unsafepublication;

/**
 * The same holder, but main calls initialize() before it starts the reader: Thread.start() orders the
 * store, and the Holder's own field, before everything the reader does.
 */
public class GoodHolderStoredBeforeReaderStarted {
    public Holder holder;

    public void initialize() {
        holder = new Holder(42);
    }

    public static class Holder {
        private int n;

        public Holder(int n) {
            this.n = n;
        }

        public boolean sane() {
            return n == 42;
        }
    }

    public static void main(String[] args) {
        GoodHolderStoredBeforeReaderStarted p = new GoodHolderStoredBeforeReaderStarted();
        p.initialize();
        Thread reader = new Thread(() -> {
            Holder h = p.holder;
            if (h != null && !h.sane()) {
                throw new AssertionError("half-built holder");
            }
        });
        reader.start();
    }
}
