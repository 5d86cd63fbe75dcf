package dev.fearless.program;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.extract.FactExtractor;
import dev.fearless.facts.Event;
import dev.fearless.facts.FileFacts;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.parse.JavaSourceParser;
import dev.fearless.parse.ParseOutcome;
import dev.fearless.parse.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** Builds linked programs from source snippets for the program tests. */
final class Programs {

    private Programs() {
    }

    /** Links the given sources; each pair is (path, source). */
    static Program link(String... pathsAndSources) {
        return new Linker(KnowledgeBase.jdk()).link(facts(pathsAndSources));
    }

    /** The type table of the given sources; each pair is (path, source). */
    static TypeTable table(String... pathsAndSources) {
        return new TypeTable(facts(pathsAndSources), KnowledgeBase.jdk());
    }

    /** The extracted facts of the given sources, in order; each pair is (path, source). */
    static List<FileFacts> facts(String... pathsAndSources) {
        JavaSourceParser parser = new JavaSourceParser();
        FactExtractor extractor = new FactExtractor(KnowledgeBase.jdk());
        List<FileFacts> files = new ArrayList<>();
        for (int i = 0; i < pathsAndSources.length; i += 2) {
            String path = pathsAndSources[i];
            ParseOutcome parsed = parser.parse(new SourceText(pathsAndSources[i + 1], StandardCharsets.UTF_8));
            assertTrue(parsed.succeeded(), () -> path + " does not parse: " + parsed.problem());
            files.add(extractor.extract(parsed, path));
        }
        return files;
    }

    static TypeInfo type(TypeTable table, String name) {
        TypeInfo t = table.type(name);
        assertNotNull(t, () -> "no type " + name + " in " + table.types());
        return t;
    }

    static TypeInfo type(Program program, String name) {
        TypeInfo t = program.type(name);
        assertNotNull(t, () -> "no type " + name + " in " + program.types());
        return t;
    }

    static MethodInfo method(Program program, String type, String name) {
        return method(type(program, type), name);
    }

    static MethodInfo method(TypeInfo type, String name) {
        return type.methodsNamed(name).stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("no method " + name + " in " + type));
    }

    /** The first call named {@code name} in method {@code m}. */
    static Event.Call call(MethodInfo m, String name) {
        return m.facts().events().stream().filter(e -> e instanceof Event.Call c && c.name().equals(name))
                .map(e -> (Event.Call) e).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no call of " + name + " in " + m));
    }

    /** The targets of the first call named {@code name} in {@code m}, as {@code Owner#method} strings. */
    static List<String> targets(Program program, MethodInfo m, String name) {
        return program.targets(m, call(m, name)).stream()
                .map(t -> t.owner().name() + "#" + t.name()).sorted().toList();
    }
}
