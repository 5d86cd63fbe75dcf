package races.unguardedwrite;

import java.util.List;
import net.jcip.annotations.NotThreadSafe;

/** A cursor documented @NotThreadSafe (one reader thread owns it): it locks only the shared source list, its own fields need no lock. */
@NotThreadSafe
public class GoodNotThreadSafeCursor {
    private final List<String> source;
    private int position;
    private String current;

    public GoodNotThreadSafeCursor(List<String> source) {
        this.source = source;
    }

    public boolean advance() {
        synchronized (source) {
            if (position >= source.size()) {
                return false;
            }
            current = source.get(position);
        }
        position++;
        return true;
    }

    public String current() {
        return current;
    }
}
