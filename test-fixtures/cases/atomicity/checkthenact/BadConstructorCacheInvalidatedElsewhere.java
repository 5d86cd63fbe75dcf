package atomicity.checkthenact;

import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * As {@link BadConstructorCacheUsedAfterPut}, but another method drops a class's constructor when its
 * class loader goes away: a put that races with that removal puts the dropped constructor back, and the
 * cache keeps a class the program meant to let go.
 */
public class BadConstructorCacheInvalidatedElsewhere {
    private final Map<Class<?>, Constructor<?>> constructors = new ConcurrentHashMap<>();

    public Object newInstance(Class<?> type) throws ReflectiveOperationException {
        Constructor<?> ctor = constructors.get(type);
        if (ctor == null) {
            ctor = type.getDeclaredConstructor();
            constructors.put(type, ctor); // expect: CheckThenAct['another thread can change it in between and its update is lost']
        }
        return ctor.newInstance();
    }

    public void unload(ClassLoader loader) {
        constructors.keySet().removeIf(c -> c.getClassLoader() == loader);
        constructors.remove(Object.class);
    }
}
