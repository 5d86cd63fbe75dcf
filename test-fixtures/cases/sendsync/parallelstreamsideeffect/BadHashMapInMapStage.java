package sendsync.parallelstreamsideeffect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A map() stage of a .parallel() pipeline records into a captured HashMap as a side effect. */
public class BadHashMapInMapStage {
    public List<String> normalize(List<String> words) {
        Map<String, String> seen = new HashMap<>();
        return words.stream()
                .parallel()
                .map(w -> {
                    String n = w.trim().toLowerCase();
                    seen.put(n, w); // expect: ParallelStreamSideEffect['`seen`, which is not thread-safe, is changed here by a stage of the parallel stream at line 13']
                    return n;
                })
                .collect(Collectors.toList());
    }
}
