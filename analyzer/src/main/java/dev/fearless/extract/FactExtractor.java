package dev.fearless.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import dev.fearless.budget.Deadline;
import dev.fearless.facts.FileFacts;
import dev.fearless.facts.ImportFacts;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.parse.ColumnMap;
import dev.fearless.parse.DocComment;
import dev.fearless.parse.ParseOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parsed compilation unit into {@link FileFacts}. This is the only place that sees syntax
 * trees besides the parser; everything after it works on facts. Stateless and thread-safe: each call
 * uses its own {@link FileExtraction}.
 */
public final class FactExtractor {

    private final KnowledgeBase knowledge;
    private final DispatchClassifier classifier;

    public FactExtractor(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.classifier = new DispatchClassifier(knowledge);
    }

    /** The facts of a unit parsed from the file's own text. */
    public FileFacts extract(CompilationUnit unit, String path) {
        return extract(unit, ColumnMap.IDENTITY, path);
    }

    /** The facts of a parsed file, with the contracts its class comments document. */
    public FileFacts extract(ParseOutcome parsed, String path) {
        return extract(parsed, path, Deadline.NONE);
    }

    /**
     * As above, throwing {@link dev.fearless.budget.BudgetExceeded} when the extraction runs past
     * {@code deadline}.
     */
    public FileFacts extract(ParseOutcome parsed, String path, Deadline deadline) {
        return extract(parsed.unit(), parsed.columns(), parsed.docs(), path, deadline);
    }

    /** The facts of a unit parsed from a compacted text, {@code columns} mapping back to the file's. */
    public FileFacts extract(CompilationUnit unit, ColumnMap columns, String path) {
        return extract(unit, columns, List.of(), path, Deadline.NONE);
    }

    private FileFacts extract(CompilationUnit unit, ColumnMap columns, List<DocComment> docs, String path,
                              Deadline deadline) {
        String packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        List<ImportFacts> imports = new ArrayList<>();
        for (ImportDeclaration i : unit.getImports()) {
            imports.add(new ImportFacts(i.getNameAsString(), i.isStatic(), i.isAsterisk()));
        }
        FileExtraction first = new FileExtraction(knowledge, classifier, packageName, imports, columns, docs, deadline,
                LockWrappers.NONE);
        FileFacts facts = first.extract(unit, path);
        if (first.foundWrappers.isEmpty()) {
            return facts;
        }
        // A method that takes a lock for its callers (void lock() { evictionLock.lock(); }) holds it after
        // each call of it: a second walk, knowing the file's such methods, says so.
        return new FileExtraction(knowledge, classifier, packageName, imports, columns, docs, deadline,
                first.foundWrappers).extract(unit, path);
    }
}
