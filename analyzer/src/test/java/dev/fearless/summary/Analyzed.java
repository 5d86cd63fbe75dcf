package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.extract.FactExtractor;
import dev.fearless.facts.Event;
import dev.fearless.facts.FileFacts;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.parse.JavaSourceParser;
import dev.fearless.parse.ParseOutcome;
import dev.fearless.parse.SourceText;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.Linker;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** A program linked and summarized from source snippets, with lookups that keep the summary tests short. */
record Analyzed(Program program, Summaries summaries) {

    /** Each source is one compilation unit (declaring types in the default package). */
    static Analyzed of(String... sources) {
        JavaSourceParser parser = new JavaSourceParser();
        FactExtractor extractor = new FactExtractor(KnowledgeBase.jdk());
        List<FileFacts> files = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            ParseOutcome parsed = parser.parse(new SourceText(sources[i], StandardCharsets.UTF_8));
            int n = i;
            assertTrue(parsed.succeeded(), () -> "source " + n + " does not parse: " + parsed.problem());
            files.add(extractor.extract(parsed, "F" + i + ".java"));
        }
        Program program = new Linker(KnowledgeBase.jdk()).link(files);
        return new Analyzed(program, new Summarizer().summarize(program));
    }

    TypeInfo type(String name) {
        TypeInfo t = program.type(name);
        assertNotNull(t, () -> "no type " + name + " in " + program.types());
        return t;
    }

    MethodInfo method(String type, String name) {
        return type(type).methodsNamed(name).stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("no method " + name + " in " + type));
    }

    FieldInfo field(String type, String name) {
        FieldInfo f = type(type).declaredField(name);
        assertNotNull(f, () -> "no field " + name + " in " + type);
        return f;
    }

    /** The closures written in a method, in source order. */
    List<MethodInfo> closuresOf(MethodInfo m) {
        return program.methods().stream().filter(c -> c.closureParent() == m).toList();
    }

    /** The index of the first call named {@code name} in {@code m}. */
    static int call(MethodInfo m, String name) {
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Event.Call c && c.name().equals(name)) {
                return i;
            }
        }
        throw new NoSuchElementException("no call of " + name + " in " + m);
    }

    /** The first write of field {@code field} in {@code m}. */
    static Event.FieldAccess write(MethodInfo m, String field) {
        return m.facts().events().stream()
                .filter(e -> e instanceof Event.FieldAccess a && a.kind().isWrite() && a.path().isField()
                        && a.path().lastField().equals(field))
                .map(e -> (Event.FieldAccess) e).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no write of " + field + " in " + m));
    }

    /** The uses of a field from the program's entry points. */
    List<FieldUse> uses(String type, String field) {
        return summaries.uses(field(type, field));
    }
}
