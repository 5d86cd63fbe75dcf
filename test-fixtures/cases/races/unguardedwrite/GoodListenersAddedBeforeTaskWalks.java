package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Look-alikes of BadListenersAddedWhileTaskWalks: the listeners given to the constructor-like start are
 * added before the dispatch thread starts (the start orders them before the walk), and the listeners
 * registered later go to a copy-on-write list.
 */
public class GoodListenersAddedBeforeTaskWalks {
    private final List<Runnable> initial = new ArrayList<>();
    private final List<Runnable> later = new CopyOnWriteArrayList<>();

    public void start(List<Runnable> first) {
        initial.addAll(first);
        new Thread(() -> {
            for (Runnable r : initial) {
                r.run();
            }
            for (Runnable r : later) {
                r.run();
            }
        }).start();
    }

    public void register(Runnable listener) {
        later.add(listener);
    }
}
