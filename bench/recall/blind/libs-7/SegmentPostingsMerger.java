// EXPECT: none
package probe7b; import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Merges sorted doc-id postings lists from many index segments. Large merges are
 * split into ranges of segments that worker threads merge independently; the
 * partial results are then combined on the calling thread.
 */
public final class SegmentPostingsMerger {

    static final class RangeMerge implements Runnable {
        private final List<int[]> segments;
        private int[] merged;     // written by the worker thread, read by the caller after join()
        private long docsVisited; // written by the worker thread, read by the caller after join()

        RangeMerge(List<int[]> segments) {
            this.segments = segments;
        }

        @Override
        public void run() {
            int[] acc = new int[0];
            for (int[] segment : segments) {
                acc = mergeTwo(acc, segment);
                docsVisited += segment.length;
            }
            merged = acc;
        }
    }

    static int[] mergeTwo(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0, j = 0, n = 0;
        while (i < a.length || j < b.length) {
            int next = (j >= b.length || (i < a.length && a[i] <= b[j])) ? a[i++] : b[j++];
            if (n == 0 || out[n - 1] != next) {
                out[n++] = next;
            }
        }
        return Arrays.copyOf(out, n);
    }

    public static int[] merge(List<int[]> segments, int workers) throws InterruptedException {
        if (segments.isEmpty()) {
            return new int[0];
        }
        int perWorker = (segments.size() + workers - 1) / workers;
        List<RangeMerge> tasks = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int from = 0; from < segments.size(); from += perWorker) {
            RangeMerge task = new RangeMerge(segments.subList(from, Math.min(from + perWorker, segments.size())));
            Thread thread = new Thread(task, "postings-merge-" + tasks.size());
            tasks.add(task);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        int[] result = new int[0];
        long visited = 0;
        for (RangeMerge task : tasks) {
            result = mergeTwo(result, task.merged); // OK: plain fields written by another thread, but every worker was join()ed above, and join() establishes happens-before from the worker's writes to this read
            visited += task.docsVisited;
        }
        System.out.println("merged " + segments.size() + " segments, visited " + visited + " postings");
        return result;
    }

    public static void main(String[] args) throws InterruptedException {
        Random random = new Random(7);
        List<int[]> segments = new ArrayList<>();
        for (int s = 0; s < 32; s++) {
            segments.add(random.ints(1000, 0, 1_000_000).sorted().distinct().toArray());
        }
        int[] parallel = merge(segments, 4);
        int[] sequential = new int[0];
        for (int[] segment : segments) {
            sequential = mergeTwo(sequential, segment);
        }
        System.out.println("equal=" + Arrays.equals(parallel, sequential) + " size=" + parallel.length);
    }
}
