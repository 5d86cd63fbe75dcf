package dev.fearless.parse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import dev.fearless.facts.Position;

/**
 * A JavaParser set up for analysis rather than compilation: the newest grammar without
 * language-level validation (the analyzer is not a compiler, and validators cost more than the parse
 * itself), no token storage, no comment attribution. Not thread-safe: one instance per worker thread.
 */
public final class JavaSourceParser {

    private final JavaParser parser;

    public JavaSourceParser() {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
                .setStoreTokens(true)
                .setAttributeComments(false)
                .setLexicalPreservationEnabled(false);
        this.parser = new JavaParser(configuration);
    }

    public ParseOutcome parse(SourceText text) {
        ParseResult<CompilationUnit> result = parser.parse(text.content());
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return ParseOutcome.parsed(result.getResult().get());
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
