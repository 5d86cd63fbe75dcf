package dev.fearless.cli;

import dev.fearless.extract.FactExtractor;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.parse.JavaSourceParser;
import dev.fearless.parse.ParseOutcome;
import dev.fearless.parse.SourceReader;
import dev.fearless.report.FactsPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fearless facts FILE...}: what the analysis sees of a file (for debugging a finding). */
@Command(name = "facts", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class, hidden = true,
        description = "Prints the facts extracted from Java files: events, locks held, guards, loops.")
final class FactsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Java source files.")
    private List<Path> files;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        FactExtractor extractor = new FactExtractor(KnowledgeBase.jdk());
        FactsPrinter printer = new FactsPrinter(out);
        JavaSourceParser parser = new JavaSourceParser();
        for (Path file : files) {
            ParseOutcome parsed = parser.parse(SourceReader.read(file));
            if (!parsed.succeeded()) {
                spec.commandLine().getErr().println(file + ": cannot parse: " + parsed.problem());
                return Main.USAGE;
            }
            printer.print(extractor.extract(parsed, file.toString()));
        }
        return Main.OK;
    }
}
