package dev.fearless.cli.lsp;

import dev.fearless.discover.FileProblem;
import dev.fearless.facts.Position;
import dev.fearless.report.TextReporter;
import dev.fearless.rule.Finding;
import dev.fearless.rule.Fix;
import dev.fearless.facts.Location;
import dev.fearless.rule.Severity;
import dev.fearless.scan.ScanOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Turns findings and file problems into LSP diagnostics, and fixes into workspace edits. fearless's
 * positions are 1-based with an inclusive end column, counted in UTF-16 code units (as SARIF's are);
 * LSP's are 0-based with an exclusive end. A fix's replaced range already ends exclusively.
 */
final class DiagnosticConverter {

    /** The source every diagnostic names. */
    static final String SOURCE = "fearless";

    private final Function<String, String> uriOf;

    /** @param uriOf the URI of a path as findings name it (relative to the workspace root) */
    DiagnosticConverter(Function<String, String> uriOf) {
        this.uriOf = uriOf;
    }

    Diagnostic diagnostic(Finding f) {
        Diagnostic d = new Diagnostic(range(f.location().pos()), f.message(), severity(f.severity()), SOURCE, f.ruleId());
        d.setCodeDescription(new DiagnosticCodeDescription(documentation(f.ruleId())));
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (Location l : f.related()) {
            related.add(related(l, l.message().isEmpty() ? "related location" : l.message()));
        }
        for (int i = 0; i < f.flows().size(); i++) {
            List<Location> steps = f.flows().get(i);
            String flow = f.flows().size() > 1 ? "path " + (i + 1) + ", step " : "step ";
            for (int j = 0; j < steps.size(); j++) {
                Location step = steps.get(j);
                related.add(related(step, flow + (j + 1) + (step.message().isEmpty() ? "" : ": " + step.message())));
            }
        }
        if (!related.isEmpty()) {
            d.setRelatedInformation(related);
        }
        // The fingerprint comes back with a code-action request, naming the finding whose fixes to offer.
        d.setData(f.fingerprint());
        return d;
    }

    /** A file fearless could not analyse (or analyses as it last parsed), shown at the problem's place. */
    Diagnostic diagnostic(FileProblem problem, boolean lastFactsKept) {
        FileProblem p = TextReporter.at(problem);
        String what = switch (p.kind()) {
            case UNREADABLE -> "fearless cannot read this file: ";
            case PARSE_ERROR -> "fearless cannot parse this file: ";
            case TOO_COMPLEX -> "fearless skipped this file: ";
            case INTERNAL -> "fearless failed on this file (a bug in fearless): ";
        };
        String kept = lastFactsKept ? " (its findings are those of its last version that parsed)" : "";
        Range range = range(p.pos());
        return new Diagnostic(range, what + p.message() + kept,
                p.kind() == FileProblem.Kind.INTERNAL ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, SOURCE,
                p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The edits of a fix, by document URI. */
    WorkspaceEdit edit(Fix fix) {
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        for (Fix.Replacement r : fix.replacements()) {
            Position p = r.deleted();
            Range range = new Range(new org.eclipse.lsp4j.Position(p.line() - 1, p.column() - 1),
                    new org.eclipse.lsp4j.Position(p.endLine() - 1, p.endColumn() - 1));
            changes.computeIfAbsent(uriOf.apply(r.path()), k -> new ArrayList<>()).add(new TextEdit(range, r.inserted()));
        }
        return new WorkspaceEdit(changes);
    }

    /** The LSP range of a fearless position; an unknown one is the start of the file. */
    static Range range(Position p) {
        if (!p.isKnown()) {
            return new Range(new org.eclipse.lsp4j.Position(0, 0), new org.eclipse.lsp4j.Position(0, 0));
        }
        org.eclipse.lsp4j.Position start = new org.eclipse.lsp4j.Position(p.line() - 1, Math.max(0, p.column() - 1));
        org.eclipse.lsp4j.Position end = p.endLine() < p.line() ? start
                : new org.eclipse.lsp4j.Position(p.endLine() - 1, Math.max(0, p.endColumn()));
        return new Range(start, end);
    }

    static DiagnosticSeverity severity(Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case NOTE -> DiagnosticSeverity.Information;
        };
    }

    /** The rule's documentation on the project's site (also what {@code fearless explain RuleId} prints). */
    static String documentation(String ruleId) {
        return ScanOutcome.INFORMATION_URI + "/blob/main/rules/src/main/resources/rules/" + ruleId + ".md";
    }

    private DiagnosticRelatedInformation related(Location l, String message) {
        return new DiagnosticRelatedInformation(new org.eclipse.lsp4j.Location(uriOf.apply(l.path()), range(l.pos())),
                message);
    }
}
