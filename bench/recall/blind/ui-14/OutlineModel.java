// EXPECT: none
package probe14b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Outline (heading tree) model shared by the outline panel and the background
 * parser. The panel repaints on the UI dispatch thread; the parser runs on its
 * own thread and appends headings as it discovers them.
 */
public class OutlineModel {

    public interface ChangeListener {
        void outlineChanged(OutlineModel source, int firstIndex, int count);
    }

    private final List<String> headings = new ArrayList<>();
    private final List<ChangeListener> listeners = new ArrayList<>();

    public synchronized void addChangeListener(ChangeListener listener) {
        listeners.add(listener);
    }

    public synchronized List<String> getHeadings() {
        return new ArrayList<>(headings);
    }

    public synchronized int size() {
        return headings.size();
    }

    public void addHeading(String heading) {
        int index;
        List<ChangeListener> snapshot;
        synchronized (this) {
            index = headings.size();
            headings.add(heading);
            snapshot = new ArrayList<>(listeners);
        }
        for (ChangeListener listener : snapshot) {
            listener.outlineChanged(this, index, 1); // OK: listeners run after the model lock is released (snapshot taken under it), so no lock-order cycle with OutlinePanel
        }
    }

    /** Outline panel; paint() is driven by the dispatch thread's repaint timer. */
    static class OutlinePanel implements ChangeListener {
        private final OutlineModel model;
        private int dirtyFrom = 0;
        private List<String> visibleHeadings = List.of();

        OutlinePanel(OutlineModel model) {
            this.model = model;
        }

        synchronized void paint() {
            if (dirtyFrom == Integer.MAX_VALUE) {
                return;
            }
            visibleHeadings = model.getHeadings();
            dirtyFrom = Integer.MAX_VALUE;
            System.out.println("repaint: " + visibleHeadings.size() + " headings");
        }

        @Override
        public synchronized void outlineChanged(OutlineModel source, int firstIndex, int count) {
            dirtyFrom = Math.min(dirtyFrom, firstIndex);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        OutlineModel model = new OutlineModel();
        OutlinePanel panel = new OutlinePanel(model);
        model.addChangeListener(panel);
        model.addHeading("1 Introduction");

        ScheduledExecutorService dispatchThread =
                Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ui-dispatch"));
        dispatchThread.scheduleAtFixedRate(panel::paint, 0, 16, TimeUnit.MILLISECONDS);

        Thread parser = new Thread(() -> {
            for (int section = 2; section < 500; section++) {
                model.addHeading(section + " Section " + model.size());
            }
        }, "outline-parser");
        parser.start();
        parser.join();

        dispatchThread.shutdown();
        dispatchThread.awaitTermination(1, TimeUnit.SECONDS);
    }
}
