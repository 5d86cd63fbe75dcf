package publication.unsafepublication;

/**
 * JCIP 3.5's unsafe publication, driven from main: a reader thread that captures the object is started,
 * then main calls initialize(), which stores a new Holder in a plain field the reader polls. The reader
 * can see the Holder before its field is written.
 */
public class BadHolderStoredAfterReaderStarted {
    public Holder holder;

    public void initialize() {
        holder = new Holder(42); // expect: UnsafePublication['a new `Holder` is stored in plain field `holder`'], UnsafePublication['handed off at line 35 with `p`']
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
        BadHolderStoredAfterReaderStarted p = new BadHolderStoredAfterReaderStarted();
        Thread reader = new Thread(() -> {
            Holder h = p.holder; // expect: NonSendCapture['`p` is not thread-safe']
            if (h != null && !h.sane()) {
                throw new AssertionError("half-built holder");
            }
        });
        reader.start();
        p.initialize(); // expect: UseAfterSend['`p` is sent to another thread']
    }
}
