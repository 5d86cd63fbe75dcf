// EXPECT: double-checked-locking @ line 11
package recall;

public class DoubleCheckHelper {
    private Helper helper;

    public Helper getHelper() {
        if (helper == null) {
            synchronized (this) {
                if (helper == null) {
                    helper = new Helper();
                }
            }
        }
        return helper;
    }

    static class Helper {
        private int[] table;

        Helper() {
            table = new int[64];
            for (int i = 0; i < table.length; i++) {
                table[i] = i * i;
            }
        }

        int lookup(int i) {
            return table[i];
        }
    }
}
