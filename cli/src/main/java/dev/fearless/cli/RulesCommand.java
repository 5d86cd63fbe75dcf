package dev.fearless.cli;

import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rules.RuleCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fearless rules}: the catalogue, as a table or as the README's markdown. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Lists the rules: id, family, severity, summary.")
final class RulesCommand implements Callable<Integer> {

    @Option(names = "--markdown", description = "Print a markdown table (the README's rule table).")
    private boolean markdown;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.println("| Rule | Family | Severity | What it finds |");
            out.println("|---|---|---|---|");
            for (RuleDescriptor r : RuleCatalog.all()) {
                out.println("| `" + r.id() + "` | " + r.family().label() + " | " + r.severity().label() + " | "
                        + r.summary().replace("|", "\\|") + " |");
            }
        } else {
            for (RuleDescriptor r : RuleCatalog.all()) {
                out.printf("%-28s %-12s %-8s %s%n", r.id(), r.family().label(), r.severity().label(), r.summary());
            }
        }
        out.flush();
        return Main.OK;
    }
}
