// EXPECT: deadlock-lock-ordering-or-a-lock-held-while-calling-out-or-blocking @ line 37
package probe14b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Plain-text document model shared by the editor view and the background
 * spell checker. The view repaints on the UI dispatch thread; the spell checker
 * runs on its own thread and inserts auto-corrections into the document.
 */
public class TextDocument {

    public interface ChangeListener {
        void documentChanged(TextDocument source, int offset, int length);
    }

    private final StringBuilder text = new StringBuilder();
    private final List<ChangeListener> listeners = new ArrayList<>();

    public synchronized void addChangeListener(ChangeListener listener) {
        listeners.add(listener);
    }

    public synchronized String getText() {
        return text.toString();
    }

    public synchronized int length() {
        return text.length();
    }

    public synchronized void insert(int offset, String fragment) {
        text.insert(offset, fragment);
        for (ChangeListener listener : listeners) {
            listener.documentChanged(this, offset, fragment.length()); // BUG: listener called with the document lock held; EditorView locks view then document -> lock-order deadlock
        }
    }

    /** Editor view; paint() is driven by the dispatch thread's repaint timer. */
    static class EditorView implements ChangeListener {
        private final TextDocument document;
        private int dirtyFrom = 0;
        private String visibleText = "";

        EditorView(TextDocument document) {
            this.document = document;
        }

        synchronized void paint() {
            if (dirtyFrom == Integer.MAX_VALUE) {
                return;
            }
            visibleText = document.getText();
            dirtyFrom = Integer.MAX_VALUE;
            System.out.println("repaint: " + visibleText.length() + " chars");
        }

        @Override
        public synchronized void documentChanged(TextDocument source, int offset, int length) {
            dirtyFrom = Math.min(dirtyFrom, offset);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        TextDocument document = new TextDocument();
        EditorView view = new EditorView(document);
        document.addChangeListener(view);
        document.insert(0, "Teh quick brown fox jumps over teh lazy dog.\n");

        ScheduledExecutorService dispatchThread =
                Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ui-dispatch"));
        dispatchThread.scheduleAtFixedRate(view::paint, 0, 16, TimeUnit.MILLISECONDS);

        Thread spellChecker = new Thread(() -> {
            for (int round = 0; round < 500; round++) {
                document.insert(document.length(), "[sic] ");
            }
        }, "spell-checker");
        spellChecker.start();
        spellChecker.join();

        dispatchThread.shutdown();
        dispatchThread.awaitTermination(1, TimeUnit.SECONDS);
    }
}
