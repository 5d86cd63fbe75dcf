package dev.fearless.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.FileFacts;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.TypeFacts;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.parse.JavaSourceParser;
import dev.fearless.parse.ParseOutcome;
import dev.fearless.parse.SourceReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;

/** The facts of one Java snippet, with lookups that keep extraction tests short. */
record Snippet(FileFacts facts) {

    static Snippet of(String source) {
        ParseOutcome parsed = new JavaSourceParser().parse(SourceReader.decode(source.getBytes(StandardCharsets.UTF_8)));
        assertTrue(parsed.succeeded(), () -> "snippet does not parse: " + parsed.problem() + " at " + parsed.problemPosition());
        return new Snippet(new FactExtractor(KnowledgeBase.jdk()).extract(parsed, "X.java"));
    }

    TypeFacts type(String qualifiedName) {
        return facts.types().stream().filter(t -> t.name().equals(qualifiedName)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no type " + qualifiedName + " in " + typeNames()));
    }

    /** The only type declared in the snippet that is not anonymous. */
    TypeFacts mainType() {
        List<TypeFacts> named = facts.types().stream().filter(t -> t.kind() != TypeFacts.Kind.ANONYMOUS).toList();
        if (named.size() != 1) {
            throw new IllegalStateException("expected one named type, found " + typeNames());
        }
        return named.get(0);
    }

    MethodFacts method(String name) {
        return method(mainType(), name);
    }

    static MethodFacts method(TypeFacts type, String name) {
        return type.methods().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no method " + name + " in " + type.name()));
    }

    /** The closures written in {@code enclosing}, in source order. */
    List<MethodFacts> closuresOf(String enclosing) {
        TypeFacts t = mainType();
        int index = t.methods().indexOf(method(enclosing));
        return t.methods().stream().filter(m -> m.isClosure() && m.closureOf() == index).toList();
    }

    static List<Event.FieldAccess> accesses(MethodFacts m, String field) {
        return m.events().stream().filter(e -> e instanceof Event.FieldAccess).map(e -> (Event.FieldAccess) e)
                .filter(a -> a.path().lastField().equals(field)).toList();
    }

    /** The first write (or update) of {@code field} in {@code m}. */
    static Event.FieldAccess firstWrite(MethodFacts m, String field) {
        return accesses(m, field).stream().filter(a -> a.kind().isWrite()).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no write of " + field + " in " + m.name()));
    }

    /** The first call of a method named {@code name} in {@code m}. */
    static Event.Call call(MethodFacts m, String name) {
        return m.events().stream().filter(e -> e instanceof Event.Call c && c.name().equals(name)).map(e -> (Event.Call) e)
                .findFirst().orElseThrow(() -> new NoSuchElementException("no call of " + name + " in " + m.name()));
    }

    static List<Event.Acquire> acquires(MethodFacts m) {
        return m.events().stream().filter(e -> e instanceof Event.Acquire).map(e -> (Event.Acquire) e).toList();
    }

    static Event.Acquire onlyAcquire(MethodFacts m) {
        List<Event.Acquire> all = acquires(m);
        if (all.size() != 1) {
            throw new IllegalStateException("expected one acquisition in " + m.name() + ", found " + all);
        }
        return all.get(0);
    }

    static AccessPath thisField(String name) {
        return AccessPath.THIS_PATH.plus(name);
    }

    static LockRef thisMonitor() {
        return LockRef.monitor(AccessPath.THIS_PATH);
    }

    static LockSet held(LockRef... locks) {
        return LockSet.of(locks);
    }

    private List<String> typeNames() {
        return facts.types().stream().map(TypeFacts::name).toList();
    }
}
