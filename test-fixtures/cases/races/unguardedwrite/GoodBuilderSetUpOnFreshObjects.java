package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;

/**
 * Status settings are filled in through fluent setters without the lock, and applied under it. The
 * program calls the setters only on settings it has just made and not yet shared ({@code new
 * StatusSettings().withLevel(..).withDestination(..)}, or a local holding such a chain): the setters
 * set an object up before it is published, and client code is taken to use them the same way (log4j
 * StatusConfiguration).
 */
public class GoodBuilderSetUpOnFreshObjects {

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
            this.destination = destination;
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

    public StatusSettings defaults() {
        StatusSettings settings = new StatusSettings().withLevel("INFO").withDestination("out");
        settings.apply();
        return settings;
    }
}
