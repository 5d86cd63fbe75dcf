package dev.fearless.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark corpus: the libraries of {@code bench/corpus.tsv} (name, then a Maven coordinate; several
 * rows may share a name) and the folder {@code bench/fetch.sh} unpacks them into. The JDK's sources
 * ({@code jdk}) are not in the list: they come from the local JDK when fetched with {@code --jdk}.
 */
final class Corpus {

    static final String JDK = "jdk";

    /** One library: its name and the artifacts (groupId:artifactId:version) it is made of. */
    record Library(String name, List<String> artifacts) {
    }

    private final Path folder;
    private final Map<String, Library> libraries;

    private Corpus(Path folder, Map<String, Library> libraries) {
        this.folder = folder;
        this.libraries = libraries;
    }

    /** Reads the list; {@code folder} is where the libraries are unpacked (bench/corpus). */
    static Corpus load(Path list, Path folder) throws IOException {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length < 2 || cells[1].strip().split(":").length != 3) {
                throw new IOException(list + ":" + lineNumber + ": expected name<TAB>groupId:artifactId:version");
            }
            byName.computeIfAbsent(cells[0].strip(), k -> new ArrayList<>()).add(cells[1].strip());
        }
        Map<String, Library> libraries = new LinkedHashMap<>();
        byName.forEach((name, artifacts) -> libraries.put(name, new Library(name, List.copyOf(artifacts))));
        return new Corpus(folder, libraries);
    }

    Path folder() {
        return folder;
    }

    /** The library names of the list, in its order. */
    List<String> names() {
        return List.copyOf(libraries.keySet());
    }

    boolean knows(String name) {
        return libraries.containsKey(name) || JDK.equals(name);
    }

    Path dir(String name) {
        return folder.resolve(name);
    }

    /**
     * Why a library cannot be benchmarked (its folder or one of its artifacts is missing), or null
     * when it is all there. The check uses the markers bench/fetch.sh leaves behind.
     */
    String missing(String name) {
        Path dir = dir(name);
        if (!Files.isDirectory(dir)) {
            return "library '" + name + "' is not in " + dir + ": run bench/fetch.sh first"
                    + (JDK.equals(name) ? " (bench/fetch.sh --jdk for the JDK's sources)" : "");
        }
        Library library = libraries.get(name);
        if (library == null) {
            return null;
        }
        for (String gav : library.artifacts()) {
            String[] parts = gav.split(":");
            if (!Files.exists(dir.resolve(".fetched-" + parts[1] + "-" + parts[2]))) {
                return "library '" + name + "' is incomplete (" + gav + " is missing from " + dir
                        + "): run bench/fetch.sh first";
            }
        }
        return null;
    }
}
