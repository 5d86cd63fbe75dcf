package races.mutablestaticstate;

/** A static default timeout changed from an instance method through a static synchronized method, and read the same way. */
public class GoodStaticSynchronizedWrite {
    private static int defaultTimeoutMillis = 1_000;

    public void applyProfile(boolean slowNetwork) {
        setDefaultTimeoutMillis(slowNetwork ? 5_000 : 1_000);
    }

    private static synchronized void setDefaultTimeoutMillis(int millis) {
        defaultTimeoutMillis = millis;
    }

    public static synchronized int defaultTimeoutMillis() {
        return defaultTimeoutMillis;
    }
}
