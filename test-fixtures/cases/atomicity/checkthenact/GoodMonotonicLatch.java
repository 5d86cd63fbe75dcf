package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A one-way latch: the flag starts true and the only write anywhere is {@code set(false)}, so every
 * writer stores the same constant; the {@code get()} is an early exit, not a guard for the set
 * (hadoop GenericsUtil.isLog4jLogger, races review #11).
 */
public final class GoodMonotonicLatch {
    private static final AtomicBoolean LOG4J_PRESENT = new AtomicBoolean(true);

    private GoodMonotonicLatch() {
    }

    public static boolean isLog4jLogger(String loggerClass) {
        if (LOG4J_PRESENT.get()) {
            try {
                Class.forName("org.apache.log4j.Logger");
                return loggerClass.startsWith("org.apache.log4j");
            } catch (ClassNotFoundException e) {
                LOG4J_PRESENT.set(false);
            }
        }
        return false;
    }
}
