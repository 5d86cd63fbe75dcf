package misuse.syncongetclass;

import java.util.ArrayList;
import java.util.List;

/** Abstract plugin base that registers instances under synchronized (this.getClass()): each concrete plugin class has its own Class object, so registrations of different plugins race on the shared list. */
public abstract class BadThisGetClassInAbstractBase {
    private static final List<String> REGISTERED = new ArrayList<>();

    protected void register(String name) {
        synchronized (this.getClass()) { // expect: SyncOnGetClass
            REGISTERED.add(name);
        }
    }

    public abstract String name();
}
