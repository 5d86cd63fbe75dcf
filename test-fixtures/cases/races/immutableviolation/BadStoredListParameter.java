package races.immutableviolation;

import java.util.List;
import javax.annotation.concurrent.Immutable;

/** An @Immutable principal that stores the caller's list without a copy and returns it: whoever holds the list can change the roles. */
@Immutable
public final class BadStoredListParameter {
    private final String user;
    private final List<String> roles; // expect: ImmutableViolation

    public BadStoredListParameter(String user, List<String> roles) {
        this.user = user;
        this.roles = roles;
    }

    public String user() {
        return user;
    }

    public List<String> roles() {
        return roles;
    }
}
