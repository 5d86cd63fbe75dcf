// EXPECT: alien-call-under-lock @ line 26
package recall;

import java.util.ArrayList;
import java.util.List;

public class ObservableModel {
    public interface Listener {
        void valueChanged(ObservableModel source, int newValue);
    }

    private final List<Listener> listeners = new ArrayList<>();
    private int value;

    public synchronized void addListener(Listener l) {
        listeners.add(l);
    }

    public synchronized int getValue() {
        return value;
    }

    public synchronized void setValue(int v) {
        value = v;
        for (Listener l : listeners) {
            l.valueChanged(this, v);
        }
    }

    /** A view that caches the model value; its own methods are synchronized. */
    public static class StatusView implements Listener {
        private final ObservableModel model;
        private String text = "";

        public StatusView(ObservableModel model) {
            this.model = model;
        }

        @Override
        public synchronized void valueChanged(ObservableModel source, int newValue) {
            text = "value=" + newValue;
        }

        public synchronized void refresh() {
            text = "value=" + model.getValue();
        }

        public synchronized String text() {
            return text;
        }
    }

    public static void main(String[] args) {
        ObservableModel model = new ObservableModel();
        StatusView view = new StatusView(model);
        model.addListener(view);
        new Thread(() -> {
            for (int i = 0; i < 100_000; i++) model.setValue(i);
        }).start();
        new Thread(() -> {
            for (int i = 0; i < 100_000; i++) view.refresh();
        }).start();
    }
}
