package publication.unsafelazyinit;

import java.util.ArrayList;
import java.util.List;

/** A lazy getter in a plain request object with no sign of sharing between threads: confined, not a race. */
public class GoodPlainLazyGetter {
    private final String path;
    private List<String> segments;

    public GoodPlainLazyGetter(String path) {
        this.path = path;
    }

    public List<String> segments() {
        if (segments == null) {
            segments = new ArrayList<>();
            for (String s : path.split("/")) {
                if (!s.isEmpty()) {
                    segments.add(s);
                }
            }
        }
        return segments;
    }
}
