package misuse.synconnonfinalfield;

import java.util.ArrayList;
import java.util.List;

/** Client-side locking on a synchronized list passed as a parameter (JCiP 4.4.1): a parameter is not a field and cannot be reassigned under other threads. */
public class GoodClientSideLockingOnParameter {

    public static List<String> drain(List<String> synchronizedLog) {
        synchronized (synchronizedLog) {
            List<String> copy = new ArrayList<>(synchronizedLog);
            synchronizedLog.clear();
            return copy;
        }
    }
}
