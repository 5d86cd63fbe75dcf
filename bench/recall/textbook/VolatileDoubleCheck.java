// EXPECT: none
package recall;

public class VolatileDoubleCheck {
    private volatile Helper helper;

    public Helper getHelper() {
        Helper h = helper;
        if (h == null) {
            synchronized (this) {
                h = helper;
                if (h == null) {
                    h = new Helper(64);
                    helper = h;
                }
            }
        }
        return h;
    }

    static final class Helper {
        private final int[] table;

        Helper(int n) {
            int[] t = new int[n];
            for (int i = 0; i < n; i++) {
                t[i] = i * i;
            }
            table = t;
        }

        int lookup(int i) {
            return table[i];
        }
    }
}
