package dev.fearless.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompactSourceTest {

    private static final String TRICKY = String.join("\n",
            "/* licence",
            " * header */ package a;   // trailing",
            "",
            "/** Doc with \"quotes\" and 'x' and // not a line comment. */",
            "class T {",
            "\tString s = \"a  /* not a comment */  b\"; char q = '\"'; char bs = '\\\\';",
            "    String t = \"\"\"",
            "        keep   these    blanks // and this",
            "          \\\"\"\" still inside",
            "        \"\"\";   int /* inline */ x  =  1 ; /* spans",
            "    two lines */ int y = x /2/ 1;",
            "\t\tvoid m(  int   a ,int b ) {  synchronized ( this ) { x ++ ; }  }",
            "}",
            "");

    @Test
    void everyNodeMapsBackToItsPlaceInTheOriginalText() {
        assertSameRanges(TRICKY);
        assertSameRanges(TRICKY.replace("\n", "\r\n"));
        assertSameRanges(TRICKY.replace("\n", "\r"));
    }

    @Test
    void compactTextIsShorterAndKeepsEveryLine() {
        CompactSource compact = CompactSource.of(TRICKY);
        assertTrue(compact.text().length() < TRICKY.length());
        assertEquals(TRICKY.split("\n", -1).length, compact.text().split("\n", -1).length);
        assertTrue(compact.text().contains("keep   these    blanks // and this"), "text blocks are copied");
        assertTrue(compact.text().contains("\"a  /* not a comment */  b\""), "string literals are copied");
        assertNotEquals(-1, compact.text().indexOf(" x = 1 ;"), compact.text());
    }

    @Test
    void textWithUnicodeEscapesIsLeftWhole() {
        String source = "class U { String s = \"\\u0022 /* \"; }";
        CompactSource compact = CompactSource.of(source);
        assertSame(ColumnMap.IDENTITY, compact.columns());
        assertEquals(source, compact.text());
    }

    @Test
    void unterminatedCommentsAndLiteralsDoNotFail() {
        for (String broken : List.of("class A { /* never closed", "class A { String s = \"open\n}", "class A { '",
                "class A { String t = \"\"\"\n never closed")) {
            CompactSource compact = CompactSource.of(broken);
            assertEquals(broken.chars().filter(c -> c == '\n').count(),
                    compact.text().chars().filter(c -> c == '\n').count());
        }
    }

    @Test
    void aRunOfLineCommentsAboutARace_isKeptAsOneComment_endingOnItsLastLine() {
        String source = """
                class A {
                    void f() {
                        // The only time this happens is on cancel,
                        // where it is a benign race and the value
                        // is not used again.
                        x = null;
                        // an unrelated remark
                        y = 1;
                    }
                }
                """;
        List<DocComment> docs = CompactSource.of(source).docs();
        assertEquals(1, docs.size(), () -> docs.toString());
        assertEquals(5, docs.get(0).endLine());
        assertTrue(docs.get(0).text().contains("The only time") && docs.get(0).text().contains("not used again"));
    }

    private static void assertSameRanges(String source) {
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.BLEEDING_EDGE));
        CompilationUnit original = parser.parse(source).getResult().orElseThrow();
        CompactSource compact = CompactSource.of(source);
        CompilationUnit parsed = parser.parse(compact.text()).getResult().orElseThrow();
        List<String> expected = ranges(original, ColumnMap.IDENTITY);
        List<String> actual = ranges(parsed, compact.columns());
        assertEquals(expected.size(), actual.size());
        assertEquals(expected, actual);
    }

    private static List<String> ranges(CompilationUnit unit, ColumnMap columns) {
        List<String> out = new ArrayList<>();
        unit.walk(Node.TreeTraversal.PREORDER, n -> {
            if (n instanceof com.github.javaparser.ast.comments.Comment) {
                return;
            }
            n.getRange().ifPresent(r -> out.add(n.getClass().getSimpleName() + " " + r.begin.line + ":"
                    + columns.column(r.begin.line, r.begin.column) + "-" + r.end.line + ":"
                    + columns.column(r.end.line, r.end.column)));
        });
        return out;
    }
}
