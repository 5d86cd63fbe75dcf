package races.mutablestaticstate;

import java.util.concurrent.Executor;

/** A static "last warm-up" timestamp written by a task on an executor thread, while any thread may read it. */
public final class BadStaticWrittenInTask {
    private static long lastWarmUpMillis;

    private BadStaticWrittenInTask() {
    }

    public static void warmUp(Executor executor) {
        executor.execute(() -> lastWarmUpMillis = System.currentTimeMillis()); // expect: MutableStaticState['static `lastWarmUpMillis` is written by a task run on another thread without a lock']
    }

    public static long lastWarmUpMillis() {
        return lastWarmUpMillis;
    }
}
