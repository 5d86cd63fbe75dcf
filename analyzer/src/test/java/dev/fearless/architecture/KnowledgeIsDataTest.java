package dev.fearless.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Library facts live in the knowledge table ({@code jdk.tsv}), not in Java: the extractor, the linker
 * and the rules ask the knowledge base for a trait and never spell a method or type name. A string
 * literal that is a Java name ({@code "forEach"}, {@code "java.util.concurrent.Executors"}, {@code "Async"})
 * in their sources fails this test, unless it is one of the few facts of the Java language, or words of
 * a message, listed here.
 */
class KnowledgeIsDataTest {

    private static final Path PROJECT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize().getParent();
    private static final List<String> PACKAGES = List.of("analyzer/src/main/java/dev/fearless/extract",
            "analyzer/src/main/java/dev/fearless/program", "rules/src/main/java");
    /** A Java name: an identifier, or identifiers joined by dots ({@code Map$Entry} included), with a letter. */
    private static final Pattern NAME = Pattern.compile("(?=.*[A-Za-z])[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    /** Comments, text blocks, string literals (group 1: their text) and character literals, in source order. */
    private static final Pattern TOKEN = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"|'(?:[^'\\\\\\n]|\\\\.)+'",
            Pattern.DOTALL);

    /** Names the Java language itself defines, by the file that spells them, and why they stay. */
    private static final Map<String, Set<String>> LANGUAGE = Map.ofEntries(
            // X::new names a constructor (JLS 15.13); the names of closures the extractor makes up.
            Map.entry("ClosureCollector.java", Set.of("new", "lambda$", "ref$")),
            // the text of the null literal; an array's length (JLS 10.7); string concatenation converts an
            // object operand with toString() (JLS 5.1.11, 15.18.1).
            Map.entry("ExpressionEvaluator.java", Set.of("null", "length", "toString")),
            // @SuppressWarnings and its value element (JLS 9.6.4.5, 9.7.3); @GuardedBy honoured by simple
            // name from any package (DESIGN.md); a constructor returns void.
            Map.entry("FileExtraction.java", Set.of("SuppressWarnings", "java.lang.SuppressWarnings", "value",
                    "GuardedBy", "void")),
            // package-name roots (JLS 6.1 naming convention): tell a qualified type name from a field
            // access chain. A parsing heuristic, not a library fact.
            Map.entry("NameResolver.java", Set.of("java", "javax", "jakarta", "com", "org", "net", "io", "dev", "sun",
                    "jdk", "android", "androidx", "kotlin", "scala", "edu", "de", "fr", "uk", "ch", "nl")),
            // the enhanced for statement calls iterator() (JLS 14.14.2).
            Map.entry("StatementWalker.java", Set.of("iterator")),
            // initializers return void.
            Map.entry("TypeExtraction.java", Set.of("void")),
            // var (JLS 14.4), void, and an unbounded wildcard's bound Object.
            Map.entry("TypeRefs.java", Set.of("var", "void", "Object")),
            // the types of string and class literals (JLS 15.8).
            Map.entry("StaticTypes.java", Set.of("java.lang.String", "String", "java.lang.Class", "Class")),
            // the modifier keyword a fix adds (JLS 8.3.1.4).
            Map.entry("DoubleCheckedLocking.java", Set.of("volatile")),
            Map.entry("SpinOnField.java", Set.of("volatile")),
            // words of messages: "check-then-act on atomic `x`" (the word also tells the kind apart), and
            // "a thread that must take it/them" (the pronoun for one lock or several).
            Map.entry("CheckThenAct.java", Set.of("atomic")),
            Map.entry("BlockingUnderLock.java", Set.of("it", "them")));

    @Test
    void extractProgramAndRules_spellNoLibraryName() {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            String name = file.getFileName().toString();
            Set<String> allowed = LANGUAGE.getOrDefault(name, Set.of());
            for (String literal : nameLiterals(read(file))) {
                if (!allowed.contains(literal)) {
                    offenders.add(PROJECT.relativize(file) + ": \"" + literal + "\"");
                }
            }
        }
        assertEquals(List.of(), offenders, "library facts belong in jdk.tsv; ask the knowledge base for a trait");
    }

    @Test
    void theCheck_findsNamesInComparisonsAndSets_butNotInCommentsOrText() {
        String source = """
                /** Mentions "javadoc" names. */
                class X {
                    static final Set<String> OPS = Set.of("filter", "java.util.Map$Entry");
                    boolean a(String n) { return n.endsWith("Async") || n.equals("lock"); } // "comment"
                    String b() { return "(" + "a b" + '"' + "#" + "$" + "http://x"; }
                    String c() { return \"""
                            "block"
                            \"""; }
                }
                """;
        assertEquals(List.of("filter", "java.util.Map$Entry", "Async", "lock"), nameLiterals(source));
    }

    @Test
    void aRuleSpellingAMethodName_fails() {
        String rule = """
                class NotifyRule {
                    boolean wakesAll(String name) { return name.equals("notifyAll"); }
                }
                """;
        assertEquals(List.of("notifyAll"), nameLiterals(rule));
        assertTrue(sources().stream().anyMatch(p -> p.startsWith(PROJECT.resolve("rules/src/main/java"))),
                "the rules' sources are checked");
    }

    private static List<String> nameLiterals(String source) {
        List<String> names = new ArrayList<>();
        Matcher m = TOKEN.matcher(source);
        while (m.find()) {
            String text = m.group(1);
            if (text != null && NAME.matcher(text).matches()) {
                names.add(text);
            }
        }
        return names;
    }

    private static List<Path> sources() {
        List<Path> all = new ArrayList<>();
        for (String pkg : PACKAGES) {
            Path root = PROJECT.resolve(pkg);
            assertTrue(Files.isDirectory(root), () -> "no sources at " + root);
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(all::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
