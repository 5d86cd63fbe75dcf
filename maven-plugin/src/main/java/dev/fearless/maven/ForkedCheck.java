package dev.fearless.maven;

import dev.fearless.scan.JvmOptions;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the check in a child JVM with the launcher's options ({@link JvmOptions#SCAN}) instead of Maven's
 * (measured on a mid-size library, see the README): starts {@link ForkMain} on the plugin's own classpath,
 * passes its messages on to the build log, and returns how it ended. Empty when the child could not start,
 * so that the goal scans in Maven's JVM instead.
 */
final class ForkedCheck {

    /** How a child that started ended: its exit code and what it said about the build's end, if anything. */
    record Ending(int exitCode, Optional<String> failure, Optional<String> abort) {
    }

    private ForkedCheck() {
    }

    /**
     * The child's command line: {@code java}, the launcher's options, then {@code jvmArgs} (which win where
     * they repeat one, as the JVM takes the last; a collector they choose replaces the launcher's).
     */
    static List<String> command(Path java, List<String> jvmArgs, List<Path> classpath, Path request) {
        boolean ownCollector = jvmArgs.stream().anyMatch(a -> a.startsWith("-XX:+Use") && a.endsWith("GC"));
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        for (String option : JvmOptions.SCAN) {
            if (!(ownCollector && option.startsWith("-XX:+Use") && option.endsWith("GC"))) {
                command.add(option);
            }
        }
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        command.add(ForkMain.class.getName());
        command.add(request.toString());
        return List.copyOf(command);
    }

    /** The options in a {@code jvmArgs} parameter, separated by blanks. */
    static List<String> splitJvmArgs(String jvmArgs) {
        return jvmArgs == null || jvmArgs.isBlank() ? List.of() : List.of(jvmArgs.strip().split("\\s+"));
    }

    /** The {@code java} of the JVM this runs in. */
    static Path javaOfThisJvm() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    /**
     * Runs the command in {@code workDir}, passing the child's messages and any other output line on to
     * {@code log}; empty (after a warning) when the child did not start.
     */
    static Optional<Ending> run(List<String> command, Path workDir, BuildLog log) {
        Process child;
        try {
            child = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        } catch (IOException | RuntimeException e) {
            log.warn("fearless: could not start a JVM for the scan (" + e.getMessage() + "); scanning in Maven's JVM");
            return Optional.empty();
        }
        Thread stop = new Thread(child::destroy, "fearless-stop-scan-jvm");
        Runtime.getRuntime().addShutdownHook(stop);
        boolean started = false;
        String failure = null;
        String abort = null;
        try {
            child.getOutputStream().close();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Optional<ForkProtocol.Message> message = ForkProtocol.decode(line);
                    if (message.isEmpty()) {
                        log.warn(line); // the JVM's own messages, a stack trace: the child's output as it is
                        continue;
                    }
                    String text = message.get().text();
                    switch (message.get().kind()) {
                        case STARTED -> started = true;
                        case DEBUG -> log.debug(text);
                        case INFO -> log.info(text);
                        case WARN -> log.warn(text);
                        case ERROR -> log.error(text);
                        case FAILURE -> failure = text;
                        case ABORT -> abort = text;
                    }
                }
            }
            int exit = child.waitFor();
            if (!started) {
                log.warn("fearless: could not start a JVM for the scan (exit code " + exit + "); scanning in Maven's JVM");
                return Optional.empty();
            }
            return Optional.of(new Ending(exit, Optional.ofNullable(failure), Optional.ofNullable(abort)));
        } catch (IOException e) {
            child.destroyForcibly();
            return Optional.of(new Ending(ForkMain.INTERNAL, Optional.empty(),
                    Optional.of("fearless: internal error: lost the scan's JVM: " + e)));
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.of(new Ending(ForkMain.INTERNAL, Optional.empty(), Optional.of("fearless: interrupted")));
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs anyway
            }
        }
    }
}
