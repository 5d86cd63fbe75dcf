package publication.guardedstateescape;

import java.util.ArrayList;
import java.util.List;

/** The audit trail passes its guarded list to an exporter that keeps it and reads it later, outside the lock. */
public class BadPassToExporter {
    static final class Exporter {
        private List<String> source = List.of();

        void attach(List<String> lines) {
            this.source = lines;
        }

        int size() {
            return source.size();
        }
    }

    private final Object lock = new Object();
    private final List<String> entries = new ArrayList<>();

    public void append(String entry) {
        synchronized (lock) {
            entries.add(entry);
        }
    }

    public void exportTo(Exporter exporter) {
        synchronized (lock) {
            exporter.attach(entries); // expect: GuardedStateEscape['passes `entries` to `exporter.attach(...)`, which keeps it, whose contents are changed under `lock`']
        }
    }
}
