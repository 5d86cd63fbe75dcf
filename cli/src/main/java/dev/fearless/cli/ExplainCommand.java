package dev.fearless.cli;

import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rules.RuleCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fearless explain RuleId}: the rule's documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Prints a rule's documentation.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RuleId", description = "The rule to explain, e.g. UnguardedWrite.")
    private String ruleId;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (RuleDescriptor r : RuleCatalog.all()) {
            if (r.id().equalsIgnoreCase(ruleId)) {
                PrintWriter out = spec.commandLine().getOut();
                out.println(r.documentation().strip());
                out.println();
                out.println("Family: " + r.family().label() + ". Default severity: " + r.severity().label() + "."
                        + (r.peers().isEmpty() ? "" : " Same check elsewhere: " + String.join(", ", r.peers()) + "."));
                out.flush();
                return Main.OK;
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                "unknown rule '" + ruleId + "'; 'fearless rules' lists them");
    }
}
