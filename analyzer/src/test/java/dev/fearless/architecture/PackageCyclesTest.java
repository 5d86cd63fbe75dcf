package dev.fearless.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No cycle between the packages of fearless: a package uses the ones below it in the pipeline, never
 * one that uses it back. The dependencies are read from the main sources (imports and qualified names
 * outside comments) of every module.
 */
class PackageCyclesTest {

    private static final Path PROJECT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize().getParent();
    private static final List<String> MODULES = List.of("analyzer", "rules", "cli", "maven-plugin", "bench");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+(dev\\.fearless[\\w.]*);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.fearless(?:\\.[a-z]\\w*)+)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    /** Package → the packages its classes refer to (itself excluded). */
    static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (String module : MODULES) {
            Path root = PROJECT.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String code = COMMENT.matcher(Files.readString(file)).replaceAll(" ");
                    Matcher pkg = PACKAGE.matcher(code);
                    if (!pkg.find()) {
                        continue;
                    }
                    Set<String> targets = uses.computeIfAbsent(pkg.group(1), k -> new TreeSet<>());
                    Matcher ref = REFERENCE.matcher(code.substring(pkg.end()));
                    while (ref.find()) {
                        if (!ref.group(1).equals(pkg.group(1))) {
                            targets.add(ref.group(1));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uses;
    }

    @Test
    void packages_formNoCycle() {
        Map<String, Set<String>> uses = dependencies();
        assertTrue(uses.size() > 10, () -> "too few packages found: " + uses.keySet());
        assertEquals(List.of(), cycles(uses), "packages that depend on each other (each list is one cycle's members)");
    }

    @Test
    void cycleDetection_findsACycle() {
        Map<String, Set<String>> uses = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of(List.of("a", "b", "c")), cycles(uses));
    }

    /** The strongly connected components with more than one package (Tarjan), each sorted. */
    static List<List<String>> cycles(Map<String, Set<String>> uses) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> result = new ArrayList<>();
        int[] counter = {0};
        for (String p : new TreeSet<>(uses.keySet())) {
            if (!index.containsKey(p)) {
                connect(p, uses, index, low, stack, onStack, result, counter);
            }
        }
        return result;
    }

    private static void connect(String p, Map<String, Set<String>> uses, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<List<String>> result, int[] counter) {
        index.put(p, counter[0]);
        low.put(p, counter[0]++);
        stack.push(p);
        onStack.add(p);
        for (String q : uses.getOrDefault(p, Set.of())) {
            if (!index.containsKey(q)) {
                connect(q, uses, index, low, stack, onStack, result, counter);
                low.put(p, Math.min(low.get(p), low.get(q)));
            } else if (onStack.contains(q)) {
                low.put(p, Math.min(low.get(p), index.get(q)));
            }
        }
        if (low.get(p).equals(index.get(p))) {
            List<String> component = new ArrayList<>();
            String q;
            do {
                q = stack.pop();
                onStack.remove(q);
                component.add(q);
            } while (!q.equals(p));
            if (component.size() > 1) {
                component.sort(null);
                result.add(component);
            }
        }
    }
}
