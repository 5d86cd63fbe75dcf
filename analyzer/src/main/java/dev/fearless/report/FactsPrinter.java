package dev.fearless.report;

import dev.fearless.facts.Assertion;
import dev.fearless.facts.CatchClause;
import dev.fearless.facts.Event;
import dev.fearless.facts.FieldFacts;
import dev.fearless.facts.FileFacts;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Loop;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.TypeFacts;
import java.io.PrintWriter;

/**
 * Prints a file's facts in a readable form: what the analysis saw of each method, event by event,
 * with the locks held. For {@code fearless facts}, for debugging a finding, and for extending the
 * knowledge base.
 */
public final class FactsPrinter {

    private final PrintWriter out;

    public FactsPrinter(PrintWriter out) {
        this.out = out;
    }

    public void print(FileFacts file) {
        out.println("file " + file.path() + " (package " + file.packageName() + ", " + file.lineCount() + " lines)");
        file.suppressions().forEach(s -> out.println("  suppress lines " + s.startLine() + "-" + s.endLine() + " " + s.names()));
        for (TypeFacts t : file.types()) {
            out.println("type " + t.name() + " " + t.kind() + " extends " + t.superclass() + " implements "
                    + t.interfaces() + (t.inner() ? " inner" : "") + " dispatch=" + t.dispatch()
                    + " annotations=" + t.annotations());
            for (FieldFacts f : t.fields()) {
                out.println("  field " + f.name() + " : " + f.type() + " mods=" + Integer.toBinaryString(f.modifiers())
                        + " init=" + f.initializer() + " " + f.annotations());
            }
            for (int i = 0; i < t.methods().size(); i++) {
                print(i, t.methods().get(i));
            }
        }
        out.flush();
    }

    private void print(int index, MethodFacts m) {
        out.println("  method #" + index + " " + m.signature() + " " + m.kind() + " mods="
                + Integer.toBinaryString(m.modifiers()) + (m.isClosure() ? " closureOf=" + m.closureOf() + " site="
                + m.siteEvent() + " dispatch=" + m.dispatch() + " captures=" + m.captures() : "")
                + " locals=" + m.locals() + (m.resources().isEmpty() ? "" : " resources=" + m.resources()));
        for (int g = 0; g < m.guards().size(); g++) {
            Guard guard = m.guards().get(g);
            out.println("    guard " + g + " parent=" + guard.parent() + " held=" + guard.held() + " " + guard.implied());
        }
        for (Assertion a : m.assertions()) {
            out.println("    assert check=[" + a.checkFrom() + "," + a.from() + ") then=[" + a.from() + "," + a.to() + ") "
                    + a.implied());
        }
        for (int l = 0; l < m.loops().size(); l++) {
            Loop loop = m.loops().get(l);
            out.println("    loop " + l + " " + loop.kind() + " parent=" + loop.parent() + " at " + loop.pos()
                    + " cond=" + loop.condition() + " reads=" + loop.conditionReads());
        }
        for (CatchClause c : m.catches()) {
            out.println("    catch " + c.types() + " at " + c.pos() + " try=[" + c.tryStart() + "," + c.tryEnd()
                    + ") handler=[" + c.handlerStart() + "," + c.handlerEnd() + ")");
        }
        for (int e = 0; e < m.events().size(); e++) {
            Event ev = m.events().get(e);
            out.println("    " + e + " @" + ev.pos() + " held=" + ev.held() + " g=" + ev.guard() + " l=" + ev.loop()
                    + " " + describe(ev));
        }
    }

    private static String describe(Event e) {
        if (e instanceof Event.FieldAccess a) {
            return a.kind() + " " + a.path() + (a.kind().isWrite() ? " = " + a.value() : "") + (a.implicit() ? " (implicit)" : "");
        }
        if (e instanceof Event.Call c) {
            return "CALL " + c.receiver() + "." + c.name() + c.args() + (c.resultIgnored() ? " ignored" : "")
                    + (c.style() != Event.CallStyle.NORMAL ? " " + c.style() : "");
        }
        if (e instanceof Event.NewObject n) {
            return "NEW " + n.type() + n.args() + (n.anonymousType().isEmpty() ? "" : " anonymous " + n.anonymousType());
        }
        if (e instanceof Event.Acquire a) {
            return "ACQUIRE " + a.lock() + " " + a.how() + " " + a.discipline() + (a.emptyBody() ? " empty" : "");
        }
        if (e instanceof Event.Release r) {
            return "RELEASE " + r.lock() + (r.inFinally() ? " in finally" : "");
        }
        if (e instanceof Event.Return r) {
            return "RETURN " + r.value();
        }
        if (e instanceof Event.LocalAssign la) {
            return "LOCAL " + la.local() + " = " + la.value();
        }
        if (e instanceof Event.Throw t) {
            return "THROW " + t.value();
        }
        return e.toString();
    }
}
