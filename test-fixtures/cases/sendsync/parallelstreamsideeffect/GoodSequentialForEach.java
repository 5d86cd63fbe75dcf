package sendsync.parallelstreamsideeffect;

import java.util.ArrayList;
import java.util.List;

/** The same list::add side effect on a sequential stream runs on the calling thread only. */
public class GoodSequentialForEach {
    public List<String> activeUsers(List<String> users) {
        List<String> active = new ArrayList<>();
        users.stream()
                .filter(u -> !u.startsWith("disabled:"))
                .forEach(active::add);
        return active;
    }
}
