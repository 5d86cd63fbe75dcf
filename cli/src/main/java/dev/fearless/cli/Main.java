package dev.fearless.cli;

import dev.fearless.engine.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fearless} command. Exit codes: 0 nothing at or above {@code --fail-on}; 1 findings;
 * 2 usage or input error; 3 internal error.
 */
@Command(name = "fearless", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Finds concurrency bugs in Java source code: data races, unsafe publication, deadlocks and "
                + "misuse of locks, monitors and threads. No build or classpath needed.",
        subcommands = {ScanCommand.class, RulesCommand.class, ExplainCommand.class, FactsCommand.class, LspCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage or input error", "3:internal error"})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        java.util.OptionalInt tuned = TunedJvm.run(args);
        System.exit(tuned.isPresent() ? tuned.getAsInt() : run(args));
    }

    /** Runs the command line and returns its exit code (for tests: no {@code System.exit}). */
    public static int run(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INTERNAL);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("fearless: internal error: " + e);
            e.printStackTrace(commandLine.getErr());
            return INTERNAL;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("fearless: " + e.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, c.getErr())) {
                c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            }
            return USAGE;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (scan, rules, explain, lsp)");
    }

    /** Prints the analyzer's version. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"fearless " + Version.current()};
        }
    }
}
