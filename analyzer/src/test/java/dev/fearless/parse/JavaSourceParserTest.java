package dev.fearless.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.Position;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The parser gives a compilation unit, or the first problem with its position and a one-line message. */
class JavaSourceParserTest {

    private static ParseOutcome parse(String source) {
        return new JavaSourceParser().parse(new SourceText(source, StandardCharsets.UTF_8));
    }

    @Test
    void validSource_parses() {
        ParseOutcome outcome = parse("class A { void m() { } }");
        assertTrue(outcome.succeeded());
        assertEquals("", outcome.problem());
    }

    @Test
    void invalidSource_failsWithThePositionOfTheFirstProblem() {
        ParseOutcome outcome = parse("class A {\n  void m( {\n  }\n}\n");
        assertFalse(outcome.succeeded());
        assertNull(outcome.unit());
        Position pos = outcome.problemPosition();
        assertTrue(pos.isKnown(), () -> "position: " + pos);
        assertEquals(2, pos.line());
        assertFalse(outcome.problem().isBlank());
    }

    @Test
    void problemMessage_isOneShortLine() {
        ParseOutcome outcome = parse("class A { int x = ; }");
        assertFalse(outcome.problem().contains("\n"), outcome.problem());
        assertTrue(outcome.problem().length() <= 203, outcome.problem());
    }

    @Test
    void oneParser_parsesSeveralSourcesInTurn() {
        JavaSourceParser parser = new JavaSourceParser();
        assertFalse(parser.parse(new SourceText("class {", StandardCharsets.UTF_8)).succeeded());
        assertTrue(parser.parse(new SourceText("class B {}", StandardCharsets.UTF_8)).succeeded());
    }

    @Test
    void lexicalErrors_haveThePositionTheLexerNames() {
        ParseOutcome stray = parse("class A {\n  void m() { int x = 1 # 2; }\n}\n");
        assertFalse(stray.succeeded());
        assertEquals(Position.of(2, 24, 2, 24), stray.problemPosition());
        assertEquals("Lexical error. Encountered: \"#\" (35), after : \"\"", stray.problem());

        ParseOutcome escape = parse("class A { char c = '\\u00zz'; }");
        assertEquals(1, escape.problemPosition().line());
        assertTrue(escape.problemPosition().column() > 1, escape.problemPosition()::toString);

        ParseOutcome control = parse("\u0000class A {}");
        assertEquals(Position.of(1, 1, 1, 1), control.problemPosition());
    }
}
