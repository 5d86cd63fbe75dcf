package dev.fearless.discover;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the {@code .java} files under the given files and folders: skips build output
 * ({@code target/}, {@code build/}), version control folders, excluded globs, and symbolic links that
 * lead out of the scan root. The result is sorted by display path so every run sees the same order.
 */
public final class SourceDiscoverer {

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "build", ".git", ".hg", ".svn",
            "node_modules", ".gradle", ".idea");

    private final List<PathMatcher> excludes = new ArrayList<>();

    public SourceDiscoverer(List<String> excludeGlobs) {
        for (String glob : excludeGlobs) {
            excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) {
                excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
            }
        }
    }

    /** Discovers the sources under {@code inputs}; display paths are relative to {@code root}. */
    public Discovery discover(List<Path> inputs, Path root) {
        Path realRoot = realPath(root);
        Map<Path, SourceFile> found = new LinkedHashMap<>();
        List<FileProblem> problems = new ArrayList<>();
        for (Path input : inputs) {
            Path absolute = input.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                walk(absolute, root, realRoot, found, problems);
            } else if (Files.isRegularFile(absolute)) {
                if (absolute.getFileName().toString().endsWith(".java")) {
                    add(absolute, root, found, problems);
                }
            } else {
                problems.add(FileProblem.unreadable(display(root, absolute), Files.isSymbolicLink(absolute)
                        ? "broken symbolic link" : "no such file or directory"));
            }
        }
        List<SourceFile> files = new ArrayList<>(found.values());
        files.sort(Comparator.comparing(SourceFile::displayPath));
        return new Discovery(files, problems);
    }

    /**
     * Whether a discovery of {@code root} would take {@code file}: a {@code .java} file under the root, in no
     * skipped folder (build output, version control) and not excluded. Asks nothing of the disk, so it also
     * answers for a file that exists only in an editor.
     */
    public boolean accepts(Path root, Path file) {
        Path base = root.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(base) || absolute.equals(base) || !absolute.getFileName().toString().endsWith(".java")) {
            return false;
        }
        Path relative = base.relativize(absolute);
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (SKIPPED_DIRECTORIES.contains(relative.getName(i).toString())
                    || excluded(root, base.resolve(relative.subpath(0, i + 1)))) {
                return false;
            }
        }
        return !excluded(root, absolute);
    }

    private void walk(Path dir, Path root, Path realRoot, Map<Path, SourceFile> found, List<FileProblem> problems) {
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                            if (!d.equals(dir) && (SKIPPED_DIRECTORIES.contains(d.getFileName().toString())
                                    || excluded(root, d) || leavesRoot(d, realRoot))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                            if (!f.getFileName().toString().endsWith(".java") || excluded(root, f)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isSymbolicLink()) {
                                problems.add(FileProblem.unreadable(display(root, f), "broken symbolic link"));
                            } else if (attrs.isRegularFile() && !leavesRoot(f, realRoot)) {
                                add(f, root, found, problems);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            if (!(e instanceof FileSystemLoopException)) {
                                problems.add(FileProblem.unreadable(display(root, f), describe(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(FileProblem.unreadable(display(root, dir), describe(e)));
        }
    }

    private void add(Path file, Path root, Map<Path, SourceFile> found, List<FileProblem> problems) {
        Path key = realPath(file);
        SourceFile seen = found.get(key);
        if (seen != null && seen.displayPath().compareTo(display(root, file)) <= 0) {
            return; // the same file reached twice (through a link): analysed once, under its first path in order
        }
        if (!Files.isReadable(file)) {
            problems.add(FileProblem.unreadable(display(root, file), "permission denied"));
            return;
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            problems.add(FileProblem.unreadable(display(root, file), describe(e)));
            return;
        }
        found.put(key, new SourceFile(file.toAbsolutePath().normalize(), display(root, file), size));
    }

    private boolean excluded(Path root, Path p) {
        if (excludes.isEmpty()) {
            return false;
        }
        Path relative = Path.of(display(root, p));
        for (PathMatcher m : excludes) {
            if (m.matches(relative) || m.matches(p.getFileName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean leavesRoot(Path p, Path realRoot) {
        if (!Files.isSymbolicLink(p)) {
            return false;
        }
        return !realPath(p).startsWith(realRoot);
    }

    /** The path as shown in reports: relative to the root with {@code /} separators, or absolute outside it. */
    public static String display(Path root, Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? absolute.getFileName().toString() : text;
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /**
     * Why a file or folder given to scan cannot be read ({@code "permission denied"}, {@code "broken
     * symbolic link"}...), or empty when it can: a folder can be listed, a file opened.
     */
    public static Optional<String> unreadable(Path p) {
        try {
            if (Files.isDirectory(p)) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(p)) {
                    // Reading the first entry is what fails on a folder that cannot be listed.
                    var unused = entries.iterator().hasNext();
                }
            } else if (Files.isRegularFile(p)) {
                try (SeekableByteChannel channel = Files.newByteChannel(p)) {
                    channel.size();
                }
            } else if (Files.isSymbolicLink(p)) {
                return Optional.of("broken symbolic link");
            } else if (Files.exists(p)) {
                return Optional.of("not a file or folder");
            } else {
                return Optional.of("no such file or directory");
            }
        } catch (IOException e) {
            return Optional.of(describe(e));
        } catch (DirectoryIteratorException e) {
            return Optional.of(describe(e.getCause()));
        } catch (SecurityException e) {
            return Optional.of("permission denied");
        }
        return Optional.empty();
    }

    /** Whether a path exists without following a dangling link. */
    public static boolean exists(Path p) {
        return Files.exists(p) || Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }
}
