package races.mutablestaticstate;

/**
 * A static method bumps a plain static counter, and threads started in a loop call it: they run it at
 * once and hand out the same id twice.
 */
public class BadStaticCounterBumpedByTasks {
    private static int next;

    public static int nextId() {
        return next++; // expect: MutableStaticState['static `next` is written in `BadStaticCounterBumpedByTasks.nextId`, which tasks run on other threads call without a lock']
    }

    public static void main(String[] args) {
        Runnable show = () -> System.out.println(nextId());
        for (int i = 0; i < 4; i++) {
            new Thread(show).start();
        }
    }
}
