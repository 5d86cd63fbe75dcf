// EXPECT: lazy-init @ line 8
package recall;

public class LazyInitRace {
    private ExpensiveObject instance = null;

    public ExpensiveObject getInstance() {
        if (instance == null)
            instance = new ExpensiveObject();
        return instance;
    }

    static class ExpensiveObject {
        private final byte[] payload = new byte[1 << 20];

        ExpensiveObject() {
            // pretend this is costly
            for (int i = 0; i < payload.length; i++) {
                payload[i] = (byte) i;
            }
        }
    }
}
