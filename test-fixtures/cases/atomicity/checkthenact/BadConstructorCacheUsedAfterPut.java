package atomicity.checkthenact;

import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cache of each class's constructor, filled on a miss and never emptied; after the put the method only
 * makes a new instance with the constructor, which leaves it as it was. Two threads that miss at once each
 * look the constructor up and go on with their own: the race only looks it up twice, a note (hadoop's
 * ReflectionUtils.CONSTRUCTOR_CACHE). The clear that tests call does not run beside the program's threads.
 */
public class BadConstructorCacheUsedAfterPut {
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTOR_CACHE = new ConcurrentHashMap<>();

    public static Object newInstance(Class<?> type) throws ReflectiveOperationException {
        Constructor<?> ctor = CONSTRUCTOR_CACHE.get(type);
        if (ctor == null) {
            ctor = type.getDeclaredConstructor();
            ctor.setAccessible(true);
            CONSTRUCTOR_CACHE.put(type, ctor); // expect: CheckThenAct['this method does not change the value after the put']
        }
        return ctor.newInstance();
    }

    /** For tests only. */
    static void clearCache() {
        CONSTRUCTOR_CACHE.clear();
    }
}
