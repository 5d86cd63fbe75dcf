package dev.fearless.cli;

import dev.fearless.scan.JvmOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs a scan started by a plain {@code java -jar fearless.jar scan ...} in a JVM with the launcher's
 * settings: a scan is over before the JVM's default optimizing compiler pays off, and on few cores its
 * compiler threads and the default collector take CPU from the scan (measured on the bench corpus: 1.7 ×
 * the launcher's CPU time). A JVM given any option of its own is left as it is, and so is a JVM this
 * class started; if the child cannot be started, the scan runs here.
 */
final class TunedJvm {

    /** The launcher's settings for a scan (the {@code fearless} script sets the same). */
    static final List<String> SCAN_OPTIONS = JvmOptions.SCAN;

    private TunedJvm() {
    }

    /** Runs the command in a tuned JVM when that is worth it, and returns its exit code; empty when not. */
    static OptionalInt run(String[] args) {
        Optional<Path> jar = ownJar();
        List<String> inputArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Optional<List<String>> command = command(javaBinary(), jar.orElse(null), inputArguments, args);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            Process child = new ProcessBuilder(command.get()).inheritIO().start();
            Thread stop = new Thread(child::destroy, "fearless-stop-child");
            Runtime.getRuntime().addShutdownHook(stop);
            int exit = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return OptionalInt.of(exit);
        } catch (IOException e) {
            return OptionalInt.empty(); // run the scan here, as it is
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(Main.INTERNAL);
        }
    }

    /**
     * The command line of the tuned JVM, or empty: only for {@code scan}, from a jar, in a JVM started
     * without options.
     */
    static Optional<List<String>> command(String java, Path jar, List<String> jvmOptions, String[] args) {
        if (java == null || jar == null || !jvmOptions.isEmpty() || args.length == 0 || !args[0].equals("scan")) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(SCAN_OPTIONS);
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(List.copyOf(command));
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(null);
    }

    private static Optional<Path> ownJar() {
        try {
            var source = Main.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
