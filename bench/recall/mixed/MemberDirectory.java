// EXPECT: unsafe-iteration @ line 28
package recall3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Club membership directory, shared by the sign-up handler threads and the search handler
 * threads. Backed by a synchronized list.
 */
public class MemberDirectory {

    public record Member(String name, String email) {}

    private final List<Member> members = Collections.synchronizedList(new ArrayList<>());

    public void join(Member member) {
        members.add(member);
    }

    public boolean leave(String email) {
        return members.removeIf(m -> m.email().equals(email));
    }

    public Optional<Member> findByEmail(String email) {
        for (Member m : members) {
            if (m.email().equalsIgnoreCase(email)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public int size() {
        return members.size();
    }
}
