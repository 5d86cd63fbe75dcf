package dev.fearless.report;

import dev.fearless.facts.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text around a finding, read from the scanned files: the finding's line and the next non-blank
 * one. A baseline compares it to tell apart findings that share a fingerprint. Reads each file once;
 * not thread-safe.
 */
public final class SourceLines {

    /** No sources: every context is unknown. */
    public static final SourceLines NONE = new SourceLines(null);

    private final Path root;
    private final Map<String, List<String>> files = new HashMap<>();

    /** Sources whose relative paths are relative to {@code root}. */
    public SourceLines(Path root) {
        this.root = root;
    }

    /** Lines of a file, 1-based and inclusive, with their text as it is in the file. */
    public record Context(int startLine, int endLine, String text) {
    }

    /** The finding's line and the next non-blank line, or {@code null} when the file or line is unknown. */
    public Context context(Location location) {
        int line = location.pos().line();
        if (root == null || line < 1) {
            return null;
        }
        List<String> lines = files.computeIfAbsent(location.path(), this::read);
        if (line > lines.size()) {
            return null;
        }
        int end = line;
        while (end < lines.size() && (end == line || lines.get(end - 1).isBlank())) {
            end++;
        }
        if (end > line && lines.get(end - 1).isBlank()) {
            end = line; // only blank lines follow
        }
        return new Context(line, end, String.join("\n", lines.subList(line - 1, end)));
    }

    /** The text of a context as a baseline compares it: its non-blank lines without blanks at their ends. */
    public static String normalize(String text) {
        return String.join("\n", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    private List<String> read(String path) {
        Path file = path.startsWith("/") ? Path.of(path) : root.resolve(path);
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of(); // the file changed or went away since the scan: no context, matched by position only
        }
    }
}
