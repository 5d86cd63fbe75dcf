package publication.guardedstateescape;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * The writer hands its policy a live view of the segments being merged, and documents that the view is safe
 * only while the caller holds the writer's lock, which the writer holds when it calls the policy: the
 * burden is the caller's, as the comment says (lucene's IndexWriter.getMergingSegments).
 */
public class GoodViewDocumentedForCallersHoldingTheLock {
    private final Set<String> merging = new HashSet<>();

    public synchronized void registerMerge(String segment) {
        merging.add(segment);
    }

    public synchronized void mergeFinished(String segment) {
        merging.remove(segment);
    }

    /**
     * The segments being merged. The returned set is not cloned, and thus is only safe to access if you hold
     * the writer's lock (which you do when the writer invokes the merge policy).
     */
    public synchronized Set<String> mergingSegments() {
        return Collections.unmodifiableSet(merging);
    }
}
