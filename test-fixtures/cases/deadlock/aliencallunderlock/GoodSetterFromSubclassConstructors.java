package deadlock.aliencallunderlock;

import java.util.function.IntConsumer;

/**
 * The delegate is a constructor parameter, and every subclass passes a method reference to a trivial
 * static setter: the call under the lock only stores a number (cassandra AuthCache
 * .setMaxEntriesDelegate, deadlock review B6).
 */
public class GoodSetterFromSubclassConstructors {
    private final IntConsumer setMaxEntriesDelegate;
    private int maxEntries;

    protected GoodSetterFromSubclassConstructors(IntConsumer setMaxEntriesDelegate) {
        this.setMaxEntriesDelegate = setMaxEntriesDelegate;
    }

    public synchronized void setMaxEntries(int value) {
        setMaxEntriesDelegate.accept(value);
        maxEntries = value;
    }

    public synchronized int maxEntries() {
        return maxEntries;
    }

    /** The settings the caches write. */
    public static final class Settings {
        private static volatile int rolesCacheMaxEntries;
        private static volatile int permissionsCacheMaxEntries;

        private Settings() {
        }

        static void setRolesCacheMaxEntries(int value) {
            rolesCacheMaxEntries = value;
        }

        static void setPermissionsCacheMaxEntries(int value) {
            permissionsCacheMaxEntries = value;
        }
    }

    /** The roles cache. */
    public static final class RolesCache extends GoodSetterFromSubclassConstructors {
        public RolesCache() {
            super(Settings::setRolesCacheMaxEntries);
        }
    }

    /** The permissions cache. */
    public static final class PermissionsCache extends GoodSetterFromSubclassConstructors {
        public PermissionsCache() {
            super(Settings::setPermissionsCacheMaxEntries);
        }
    }
}
