package publication.guardedstateescape;

import java.util.HashMap;
import java.util.Map;

/**
 * In one synchronized block the getter clears {@code isMerging} and returns the map; {@code addUpdate}
 * writes to the map only while {@code isMerging} is set, so the caller becomes its only user (lucene
 * ReadersAndUpdates.getMergingDVUpdates, publication review #5).
 */
public class GoodOwnershipHandedOverByFlag {
    private final Map<String, Long> mergingUpdates = new HashMap<>();
    private boolean isMerging;

    public synchronized void startMerge() {
        isMerging = true;
    }

    public synchronized void addUpdate(String field, long value) {
        if (isMerging) {
            mergingUpdates.put(field, value);
        }
    }

    /** Hands the updates over to the merge; must be called once, when the merge finishes. */
    public synchronized Map<String, Long> getMergingUpdates() {
        isMerging = false;
        return mergingUpdates; // known-fp: GuardedStateEscape['returns `mergingUpdates`, whose contents are changed under `this`'] #publication review #5
    }
}
