package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;

/**
 * The look-alike: besides setting fresh settings up, the program changes the destination of the
 * settings it keeps and shares, while another thread applies them under the lock.
 */
public class BadBuilderSetterOnSharedSettings {

    /** Settings applied once configured. */
    public static final class StatusSettings {
        private final Object lock = new Object();
        private final List<String> applied = new ArrayList<>();
        private String level = "WARN";
        private String destination = "err";

        public StatusSettings withLevel(String level) {
            this.level = level;
            return this;
        }

        public StatusSettings withDestination(String destination) {
            this.destination = destination; // expect: UnguardedWrite['`destination` is written without `lock`']
            return this;
        }

        public void apply() {
            synchronized (lock) {
                applied.add(level + " -> " + destination);
            }
        }

        public List<String> applied() {
            synchronized (lock) {
                return new ArrayList<>(applied);
            }
        }
    }

    public StatusSettings fromXml(String level, String destination) {
        StatusSettings settings = new StatusSettings().withLevel(level);
        if (destination != null) {
            settings.withDestination(destination);
        }
        settings.apply();
        return settings;
    }

    private final StatusSettings current = new StatusSettings();

    public void redirect(String destination) {
        current.withDestination(destination);
    }

    public void reapply() {
        current.apply();
    }

    /** A local given the result of a fluent call on itself (followed without judging the local by itself). */
    public StatusSettings reassigned(String destination) {
        StatusSettings settings = new StatusSettings();
        settings = settings.withDestination(destination);
        settings.apply();
        return settings;
    }

    public StatusSettings defaults() {
        StatusSettings settings = new StatusSettings().withLevel("INFO").withDestination("out");
        settings.apply();
        return settings;
    }
}
