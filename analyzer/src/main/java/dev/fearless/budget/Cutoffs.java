package dev.fearless.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts where the limits of one run cut an analysis short: each (analysis, limit) pair counts the
 * distinct places it was hit at, and keeps the smallest place name as its example, so the report does
 * not depend on the order the places were met in. Safe to use from several threads.
 */
public final class Cutoffs {

    private record Key(String analysis, String limit) {
    }

    private final Map<Key, Set<String>> places = new ConcurrentHashMap<>();

    /** The limit {@code limit} of {@code analysis} was hit at {@code place} (a method, a file, a type). */
    public void hit(String analysis, String limit, String place) {
        places.computeIfAbsent(new Key(analysis, limit), k -> ConcurrentHashMap.newKeySet()).add(place);
    }

    /** Every limit hit so far, sorted by analysis and limit. */
    public List<Cutoff> all() {
        List<Cutoff> result = new ArrayList<>();
        places.forEach((k, v) -> result.add(new Cutoff(k.analysis(), k.limit(), v.size(),
                v.stream().min(Comparator.naturalOrder()).orElse(""))));
        result.sort(Comparator.comparing(Cutoff::analysis).thenComparing(Cutoff::limit));
        return List.copyOf(result);
    }

    /** The cutoffs of several sources, in one sorted list (each source counts its own places). */
    public static List<Cutoff> merge(List<List<Cutoff>> sources) {
        List<Cutoff> result = new ArrayList<>();
        sources.forEach(result::addAll);
        result.sort(Comparator.comparing(Cutoff::analysis).thenComparing(Cutoff::limit));
        return List.copyOf(result);
    }
}
