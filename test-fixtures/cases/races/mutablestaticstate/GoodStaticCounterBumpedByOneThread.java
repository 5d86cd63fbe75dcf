package races.mutablestaticstate;

/**
 * Look-alike of BadStaticCounterBumpedByTasks: the static counter is bumped by one started thread only,
 * and by the main thread before it starts it.
 */
public class GoodStaticCounterBumpedByOneThread {
    private static int next;

    public static int nextId() {
        return next++;
    }

    public static void main(String[] args) {
        System.out.println(nextId());
        new Thread(() -> {
            for (int i = 0; i < 4; i++) {
                System.out.println(nextId());
            }
        }).start();
    }
}
