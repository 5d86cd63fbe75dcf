package races.sharedsingletonstate;

import org.springframework.stereotype.Component;

/** A Spring @Component whose mutable fields are written and read only in synchronized methods. */
@Component
public class GoodSynchronizedWrites {
    private long lastRefreshMillis;
    private int refreshes;

    public synchronized void refresh(long nowMillis) {
        lastRefreshMillis = nowMillis;
        refreshes++;
    }

    public synchronized boolean isStale(long nowMillis, long maxAgeMillis) {
        return refreshes == 0 || nowMillis - lastRefreshMillis > maxAgeMillis;
    }
}
