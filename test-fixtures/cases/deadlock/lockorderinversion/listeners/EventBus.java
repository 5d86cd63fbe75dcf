package deadlock.lockorderinversion.listeners;

import java.util.ArrayList;
import java.util.List;

/**
 * A bus that tells every registered model to refresh while holding its own monitor. A model that
 * changes calls back into the bus while holding the model's monitor: the bus waits for one model
 * while that model, or another one publishing at the same time, waits for the bus.
 */
public class EventBus {
    private final List<Model> models = new ArrayList<>();

    public synchronized void register(Model m) {
        models.add(m);
    }

    public synchronized void publish() {
        for (Model m : models) {
            m.refresh(); // expect: LockOrderInversion['this path holds `EventBus.this` and takes `Model.this`, while `Model.change`']
        }
    }
}
