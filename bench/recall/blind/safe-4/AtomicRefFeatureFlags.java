// EXPECT: none
package probe4.safe;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

// Feature-flag registry toggled by an ops console while application threads query it.
// OK: Flags is a deeply immutable record (Set.copyOf); updates build a new instance inside updateAndGet, so readers always see a consistent snapshot
public class AtomicRefFeatureFlags {

    public record Flags(Set<String> enabled, long version) {
        public Flags {
            enabled = Set.copyOf(enabled);
        }

        Flags with(String flag, boolean on) {
            Set<String> next = new HashSet<>(enabled);
            if (on) {
                next.add(flag);
            } else {
                next.remove(flag);
            }
            return new Flags(next, version + 1);
        }
    }

    private final AtomicReference<Flags> current = new AtomicReference<>(new Flags(Set.of(), 0));

    public Flags toggle(String flag, boolean on) {
        return current.updateAndGet(f -> f.with(flag, on));
    }

    public boolean isEnabled(String flag) {
        return current.get().enabled().contains(flag);
    }

    public Flags snapshot() {
        return current.get();
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicRefFeatureFlags flags = new AtomicRefFeatureFlags();
        AtomicBoolean regression = new AtomicBoolean();
        Thread[] ops = new Thread[3];
        for (int i = 0; i < ops.length; i++) {
            final String name = "feature-" + i;
            ops[i] = new Thread(() -> {
                for (int n = 0; n < 1000; n++) {
                    flags.toggle(name, n % 2 == 0);
                }
            }, "ops-" + i);
        }
        Thread app = new Thread(() -> {
            long lastVersion = -1;
            for (int n = 0; n < 50_000; n++) {
                Flags f = flags.snapshot();
                if (f.version() < lastVersion) {
                    regression.set(true);
                }
                lastVersion = f.version();
                flags.isEnabled("feature-1");
            }
        }, "app");
        app.start();
        for (Thread t : ops) {
            t.start();
        }
        for (Thread t : ops) {
            t.join();
        }
        app.join();
        System.out.println("final=" + flags.snapshot() + " regression=" + regression.get());
    }
}
