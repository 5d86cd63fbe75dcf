package dev.fearless.facts;

import java.util.List;

/**
 * Everything the analysis keeps of one source file once its syntax tree is gone. {@code path} is the
 * file's path relative to the scan root, with {@code /} separators; {@code packageAnnotations} are those
 * of its package declaration (a {@code package-info.java} declares what holds for its whole package).
 */
public record FileFacts(String path, String packageName, List<AnnotationFacts> packageAnnotations,
                        List<ImportFacts> imports, List<TypeFacts> types, List<SuppressionRange> suppressions,
                        int lineCount) {

    public FileFacts {
        packageAnnotations = List.copyOf(packageAnnotations);
        imports = List.copyOf(imports);
        types = List.copyOf(types);
        suppressions = List.copyOf(suppressions);
    }

    /** The facts of a file whose package declaration carries no annotations. */
    public FileFacts(String path, String packageName, List<ImportFacts> imports, List<TypeFacts> types,
                     List<SuppressionRange> suppressions, int lineCount) {
        this(path, packageName, List.of(), imports, types, suppressions, lineCount);
    }

    /** The same facts for a file shown under another path (facts from the cache, found under a new name). */
    public FileFacts withPath(String newPath) {
        return newPath.equals(path) ? this : new FileFacts(newPath, packageName, packageAnnotations, imports, types, suppressions, lineCount);
    }

    /** Whether a comment at {@code line}, or right above it, says the race there is deliberate. */
    public boolean deliberateRace(int line) {
        for (SuppressionRange range : suppressions) {
            if (range.covers(line) && range.names().contains(SuppressionRange.DELIBERATE_RACE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of {@code names} is suppressed at {@code line}. */
    public boolean suppressed(java.util.Collection<String> names, int line) {
        for (SuppressionRange range : suppressions) {
            if (range.covers(line)) {
                for (String name : names) {
                    if (range.silences(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
