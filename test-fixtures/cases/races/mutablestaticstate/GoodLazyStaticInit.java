package races.mutablestaticstate;

import java.util.ArrayList;
import java.util.List;

/** An unlocked lazy initialization of a static from an instance method: reported as UnsafeLazyInit, not as MutableStaticState. */
public class GoodLazyStaticInit {
    private static List<String> defaults;

    public List<String> defaults() {
        if (defaults == null) {
            defaults = new ArrayList<>(List.of("en", "fr")); // expect: UnsafeLazyInit
        }
        return defaults;
    }
}
