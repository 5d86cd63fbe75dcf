package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import java.util.List;

/** Whether a method keeps a reference it is given: stores it in a field or collection, or hands it to another thread. */
public final class Retention {

    private Retention() {
    }

    /** Whether a program method stores its parameter somewhere that outlives the call, or passes it on to such a method. */
    public static boolean retains(Program program, MethodInfo m, String param, int depth) {
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && isParam(fa.value(), param)) {
                return true;
            }
            if (e instanceof Event.Call call) {
                boolean passed = call.args().stream().anyMatch(a -> isParam(a, param));
                if (!passed) {
                    continue;
                }
                var traits = program.traits(m, call);
                if (traits.contains(MethodTrait.RUNS_ELSEWHERE) || traits.contains(MethodTrait.HANDOFF)) {
                    return true;
                }
                AccessPath r = call.receiver().pathOrNull();
                if (r != null && r.isField() && program.knowledge().inGroup(NameGroup.COLLECTION_WRITE, call.name())) {
                    StaticType t = program.staticType(m, call.receiver());
                    if (t.name() != null && (program.is(t.name(), TypeTrait.COLLECTION) || program.is(t.name(), TypeTrait.MAP))) {
                        return true;
                    }
                }
                if (depth > 0) {
                    for (MethodInfo x : program.callGraph().targets(m, i)) {
                        for (int a = 0; a < call.args().size() && a < x.facts().params().size(); a++) {
                            if (isParam(call.args().get(a), param)
                                    && retains(program, x, x.facts().params().get(a).name(), depth - 1)) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the call keeps the argument at position {@code arg}: every program method it may run that
     * has a body does (with several overrides, one that happens to keep it is not enough).
     */
    public static boolean callRetains(Program program, List<MethodInfo> targets, int arg, int depth) {
        boolean any = false;
        for (MethodInfo t : targets) {
            if (t.facts().isAbstract() || t.facts().events().isEmpty() && t.owner().isInterface()) {
                continue;
            }
            if (arg >= t.facts().params().size() || !retains(program, t, t.facts().params().get(arg).name(), depth)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean isParam(Value v, String param) {
        AccessPath p = v.pathOrNull();
        return p != null && !p.isField() && p.root() == AccessPath.Root.PARAM && p.rootName().equals(param);
    }

}
