package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Opens a session only if none exists, with containsKey then put: two threads can both pass the check and one token is lost. */
public class BadContainsKeyThenPut {
    private final Map<String, String> sessions = new ConcurrentHashMap<>();

    public boolean open(String user, String token) {
        if (!sessions.containsKey(user)) { // related: CheckThenAct['the check is here']
            sessions.put(user, token); // expect: CheckThenAct['on concurrent map `sessions`: `containsKey` and then `put` are each atomic, but not together']
            return true;
        }
        return false;
    }
}
