package sendsync.parallelstreamsideeffect;

import java.util.ArrayList;
import java.util.List;

/** A parallel stream adds into an ArrayList through list::add: concurrent adds lose elements or throw. */
public class BadForEachMethodRefAdd {
    public List<String> activeUsers(List<String> users) {
        List<String> active = new ArrayList<>();
        users.parallelStream()
                .filter(u -> !u.startsWith("disabled:"))
                .forEach(active::add); // expect: ParallelStreamSideEffect
        return active;
    }
}
