package atomicity.checkthenact;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cache of each host's dependencies, filled on a miss and never emptied: two threads that miss at once
 * both ask the resolver and the later put replaces the earlier, but each goes on with the list resolved for
 * that host and nothing removed in between can come back. The race runs the resolver twice: a note
 * (hadoop's ScriptBasedMappingWithDependency.dependencyCache).
 */
public class BadCacheFillOfKeptMapBuiltTwice {

    /** Resolves a host's dependencies (by running a script). */
    public interface Resolver {
        List<String> dependencies(String host);
    }

    private final Map<String, List<String>> dependencyCache = new ConcurrentHashMap<>();
    private final Resolver resolver;

    public BadCacheFillOfKeptMapBuiltTwice(Resolver resolver) {
        this.resolver = resolver;
    }

    public List<String> dependencies(String host) {
        List<String> deps = dependencyCache.get(host);
        if (deps == null) {
            deps = resolver.dependencies(host);
            dependencyCache.put(host, deps); // expect: CheckThenAct['nothing in the program removes keys from `dependencyCache`']
        }
        return deps;
    }
}
