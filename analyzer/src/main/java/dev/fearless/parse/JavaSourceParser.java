package dev.fearless.parse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import dev.fearless.facts.Position;

/**
 * A JavaParser set up for analysis rather than compilation: the newest grammar without
 * language-level validation or post-processing (the analyzer is not a compiler, and validators cost a
 * large share of the parse), no comment attribution. Tokens are stored because node ranges, which every
 * finding's position comes from, are built from them. The parser reads the {@link CompactSource} of the
 * text (no comments, no runs of blanks) and falls back to the text as it is when that does not parse,
 * so every problem is reported where it is in the file. Not thread-safe: one instance per worker thread.
 */
public final class JavaSourceParser {

    private final JavaParser parser;

    public JavaSourceParser() {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.BLEEDING_EDGE)
                .setStoreTokens(true)
                .setAttributeComments(false)
                .setLexicalPreservationEnabled(false);
        // The language level selects the grammar (yield, records, sealed, patterns); its processors only
        // validate and post-process, which the analysis does not need. Without them the parse is faster
        // and never rejects code a newer compiler accepts. (RAW is not an option: it disables yield.)
        configuration.getProcessors().clear();
        this.parser = new JavaParser(configuration);
    }

    public ParseOutcome parse(SourceText text) {
        CompactSource compact = CompactSource.of(text.content());
        if (compact.columns() != ColumnMap.IDENTITY) {
            ParseResult<CompilationUnit> result = parser.parse(compact.text());
            if (result.isSuccessful() && result.getResult().isPresent()) {
                return ParseOutcome.parsed(result.getResult().get(), compact.columns(), compact.docs());
            }
        }
        ParseResult<CompilationUnit> result = parser.parse(text.content());
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return ParseOutcome.parsed(result.getResult().get(), ColumnMap.IDENTITY, compact.docs());
        }
        if (result.getProblems().isEmpty()) {
            return ParseOutcome.failed("the parser gave up without a reason", Position.UNKNOWN);
        }
        Problem first = result.getProblems().get(0);
        Position pos = first.getLocation()
                .flatMap(l -> l.getBegin().getRange())
                .map(r -> Position.of(r.begin.line, r.begin.column, r.begin.line, r.begin.column))
                .orElse(Position.UNKNOWN);
        return ParseOutcome.failed(shorten(first.getMessage()), pos);
    }

    private static String shorten(String message) {
        String oneLine = message.replaceAll("\\s+", " ").trim();
        int was = oneLine.indexOf(" Was expecting");
        if (was > 0) {
            oneLine = oneLine.substring(0, was);
        }
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
    }
}
