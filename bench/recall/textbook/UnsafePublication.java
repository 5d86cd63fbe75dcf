// EXPECT: unsafe-publication @ line 9
package recall;

public class UnsafePublication {
    // Unsafe publication
    public Holder holder;

    public void initialize() {
        holder = new Holder(42);
    }

    public static class Holder {
        private int n;

        public Holder(int n) {
            this.n = n;
        }

        public void assertSanity() {
            if (n != n)
                throw new AssertionError("This statement is false.");
        }
    }

    public static void main(String[] args) {
        UnsafePublication p = new UnsafePublication();
        Thread reader = new Thread(() -> {
            while (true) {
                Holder h = p.holder;
                if (h != null) {
                    h.assertSanity();
                    break;
                }
            }
        });
        reader.start();
        p.initialize();
    }
}
