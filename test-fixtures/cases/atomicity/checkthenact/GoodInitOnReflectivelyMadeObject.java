package atomicity.checkthenact;

import java.lang.reflect.Constructor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A builder makes a meter reflectively (or with {@code new}), initializes it and only then returns it:
 * until then no other thread can reach the meter, so its check-then-act on its own atomic is confined
 * to the building thread (hadoop GetSpaceUsed.Builder and CachingGetSpaceUsed.init, races review).
 */
public class GoodInitOnReflectivelyMadeObject {

    /** A space meter, initialized once by whoever builds it. */
    public abstract static class Meter {
        protected final AtomicLong used = new AtomicLong(-1);

        void init() {
            if (used.get() < 0) {
                used.set(0);
            }
        }

        public long add(long n) {
            return used.addAndGet(n);
        }
    }

    /** The default meter. */
    public static final class DiskMeter extends Meter {
    }

    public static Meter build(Class<? extends Meter> type) throws ReflectiveOperationException {
        Meter meter = null;
        if (type != null) {
            Constructor<? extends Meter> constructor = type.getDeclaredConstructor();
            meter = constructor.newInstance();
        }
        if (meter == null) {
            meter = new DiskMeter();
        }
        meter.init();
        return meter;
    }
}
