package sendsync.parallelstreamsideeffect;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Parallel results are gathered with collect, groupingBy and sum: the stream merges per-thread containers. */
public class GoodCollectors {
    public List<String> activeUsers(List<String> users) {
        return users.parallelStream()
                .filter(u -> !u.startsWith("disabled:"))
                .collect(Collectors.toList());
    }

    public Map<Integer, Long> byLength(List<String> words) {
        return words.parallelStream().collect(Collectors.groupingBy(String::length, Collectors.counting()));
    }

    public long total(List<Long> amounts) {
        return amounts.parallelStream().mapToLong(Long::longValue).sum();
    }

    public int longest(List<String> words) {
        return words.parallelStream().map(String::length).reduce(0, Math::max);
    }
}
