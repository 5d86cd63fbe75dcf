package races.immutableviolation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.concurrent.Immutable;

/** An @Immutable principal that copies the caller's list into a new ArrayList and wraps it unmodifiable: nobody keeps a writable reference. */
@Immutable
public final class GoodUnmodifiableCopy {
    private final String user;
    private final List<String> roles;

    public GoodUnmodifiableCopy(String user, List<String> roles) {
        this.user = user;
        this.roles = Collections.unmodifiableList(new ArrayList<>(roles));
    }

    public String user() {
        return user;
    }

    public List<String> roles() {
        return roles;
    }
}
