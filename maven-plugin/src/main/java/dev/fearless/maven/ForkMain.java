package dev.fearless.maven;

import dev.fearless.maven.ForkProtocol.Kind;
import dev.fearless.scan.ScanException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The main class of the JVM that {@code fearless:check} forks for its scan: reads the goal's request
 * ({@link ForkRequest}), runs the same check the goal runs in Maven's JVM, and tells the goal what to log
 * and how the build ends, through {@link ForkProtocol} lines on standard output. Exit codes mean what the
 * command line's do: 0 passes, 1 new findings at or above {@code failOn}, 2 a configuration or input
 * error, 3 an internal error.
 */
public final class ForkMain {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private ForkMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        ForkProtocol.send(out, Kind.STARTED, Long.toString(ProcessHandle.current().pid()));
        int exit = run(args, out);
        out.flush();
        System.exit(exit);
    }

    /** Runs the request named by {@code args}, writing the protocol to {@code out}; returns the exit code. */
    static int run(String[] args, PrintStream out) {
        try {
            if (args.length != 1) {
                ForkProtocol.send(out, Kind.ABORT, "fearless: internal error: expected one request file, got "
                        + args.length + " arguments");
                return INTERNAL;
            }
            ForkRequest request = ForkRequest.read(Path.of(args[0]));
            BuildLog log = ForkProtocol.writer(out, request.debug());
            log.debug("fearless: scanning in JVM " + ProcessHandle.current().pid() + " with options "
                    + ManagementFactory.getRuntimeMXBean().getInputArguments());
            Check.Outcome outcome;
            try {
                outcome = Check.run(request.settings());
            } catch (ScanException e) {
                ForkProtocol.send(out, Kind.ABORT, "fearless: " + Check.describe(e));
                return USAGE;
            } catch (IOException e) {
                ForkProtocol.send(out, Kind.ABORT, "fearless: " + e.getMessage());
                return INTERNAL;
            }
            Check.report(outcome, log);
            if (outcome.failure().isPresent()) {
                ForkProtocol.send(out, Kind.FAILURE, outcome.failure().get());
                return FINDINGS;
            }
            return OK;
        } catch (IOException | RuntimeException | Error e) {
            // In Maven's JVM the build log would show the stack trace with -e; here only this process has it.
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            ForkProtocol.send(out, Kind.ERROR, trace.toString().stripTrailing());
            ForkProtocol.send(out, Kind.ABORT, "fearless: internal error: " + e);
            return INTERNAL;
        }
    }
}
