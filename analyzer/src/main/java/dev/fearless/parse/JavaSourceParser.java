package dev.fearless.parse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import dev.fearless.facts.Position;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JavaParser set up for analysis rather than compilation: the newest grammar without
 * language-level validation or post-processing (the analyzer is not a compiler, and validators cost a
 * large share of the parse), no comment attribution. Tokens are stored because node ranges, which every
 * finding's position comes from, are built from them. The parser reads the {@link CompactSource} of the
 * text (no comments, no runs of blanks) and falls back to the text as it is when that does not parse,
 * so every problem is reported where it is in the file: where the parser or the lexer stopped, or at
 * the start of the file when neither says. Not thread-safe: one instance per worker thread.
 */
public final class JavaSourceParser {

    /** Where a problem without a place of its own is reported: the start of the file. */
    private static final Position FILE_START = Position.of(1, 1, 1, 1);
    private static final Pattern LEXICAL_POSITION = Pattern.compile(" at line (\\d+), column (\\d+)");

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
            return ParseOutcome.failed("the parser gave up without a reason", FILE_START);
        }
        Problem first = result.getProblems().get(0);
        String message = first.getMessage();
        Optional<Position> located = first.getLocation()
                .flatMap(l -> l.getBegin().getRange())
                .map(r -> Position.of(r.begin.line, r.begin.column, r.begin.line, r.begin.column));
        if (located.isPresent()) {
            return ParseOutcome.failed(shorten(message), located.get());
        }
        // A lexical error has no token to point at: its place is only in its message.
        Matcher at = LEXICAL_POSITION.matcher(message);
        if (at.find()) {
            int line = Integer.parseInt(at.group(1));
            int column = Integer.parseInt(at.group(2));
            return ParseOutcome.failed(shorten(message.substring(0, at.start()) + message.substring(at.end())),
                    Position.of(line, column, line, column));
        }
        return ParseOutcome.failed(shorten(message), FILE_START);
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
