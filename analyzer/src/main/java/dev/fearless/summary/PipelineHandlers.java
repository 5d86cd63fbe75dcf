package dev.fearless.summary;

import dev.fearless.facts.MethodFacts;
import dev.fearless.knowledge.AnnotationTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;

/**
 * Handlers of a channel pipeline (a type the knowledge base marks {@code pipeline-handler}, such as
 * netty's {@code ChannelHandler}): the framework runs a handler's callbacks on its context's executor,
 * and a handler that is not shared between channels ({@code @Sharable}, inherited) has one context, so
 * its callbacks and the tasks it hands to {@code ctx.executor()} all run on one thread, the channel's
 * event loop. A handler's public methods that are not callbacks stay open to any thread.
 */
public final class PipelineHandlers {

    /** How the key of a handler's channel loop starts. */
    private static final String KEY = "handler:";

    private final Program program;

    PipelineHandlers(Program program) {
        this.program = program;
    }

    /**
     * The one thread that runs {@code m} when it is a callback of a handler that is not shared: an
     * instance method whose first parameter is the handler's context; {@code null} otherwise.
     */
    LogicalThread callbackLoop(MethodInfo m) {
        MethodFacts f = m.facts();
        if (f.isStatic() || f.isPrivate() || f.isInitialization() || f.isClosure() || f.params().isEmpty()) {
            return null;
        }
        String first = program.resolveType(f.params().get(0).type(), m.owner());
        if (first == null || !has(first, TypeTrait.HANDLER_CONTEXT)) {
            return null;
        }
        TypeInfo handler = handlerOf(m.owner());
        return handler == m.owner() ? loop(handler, m) : null;
    }

    /** Whether {@code t} is a pipeline handler's code: the handler (shared or not), or a class nested in one. */
    boolean handlerCode(TypeInfo t) {
        for (TypeInfo c = t; c != null; c = c.enclosing()) {
            if (has(c.name(), TypeTrait.PIPELINE_HANDLER)) {
                return true;
            }
        }
        return false;
    }

    /** The one thread of the handler whose code {@code m} is (the handler, or a class nested in it), or {@code null}. */
    LogicalThread executorLoop(MethodInfo m) {
        TypeInfo handler = handlerOf(m.owner());
        return handler == null ? null : loop(handler, m);
    }

    /** The innermost type enclosing {@code t} (or {@code t}) that is a pipeline handler, if it is not shared; else {@code null}. */
    private TypeInfo handlerOf(TypeInfo t) {
        for (TypeInfo c = t; c != null; c = c.enclosing()) {
            if (has(c.name(), TypeTrait.PIPELINE_HANDLER)) {
                return shared(c) ? null : c;
            }
        }
        return null;
    }

    private boolean shared(TypeInfo handler) {
        if (program.knowledge().annotated(handler.facts().annotations(), AnnotationTrait.SHARED_HANDLER)) {
            return true;
        }
        for (String s : program.supertypes(handler.name())) {
            TypeInfo st = program.type(s);
            if (st != null && program.knowledge().annotated(st.facts().annotations(), AnnotationTrait.SHARED_HANDLER)) {
                return true;
            }
        }
        return false;
    }

    private boolean has(String type, TypeTrait trait) {
        return Loops.typeHas(program, type, trait);
    }

    private static LogicalThread loop(TypeInfo handler, MethodInfo m) {
        return new LogicalThread(LogicalThread.Kind.EVENT_LOOP, KEY + handler.name(),
                "the event loop of `" + handler.simpleName() + "`'s channel", m.path(), null);
    }

    /** Whether {@code t} is the channel loop of the handler whose code {@code m} is (the handler, or a class nested in it). */
    public static boolean loopOfOwnHandler(LogicalThread t, MethodInfo m) {
        for (TypeInfo c = m.owner(); c != null; c = c.enclosing()) {
            if (t.kind() == LogicalThread.Kind.EVENT_LOOP && t.key().equals(KEY + c.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The thread {@code t} is for a field of the handler object itself ({@code this.state}, or
     * {@code Handler.this.state} from a task it hands over): whichever class of the handler's class line
     * wrote the callback or the task, it runs on the loop of that one object's channel. So the channel loops
     * of the classes on the field owner's line are one thread here: an inherited callback
     * ({@code SimpleChannelInboundHandler.channelRead}) and the subclass's own task meet on it. Other
     * threads, and other handlers' loops, stay as they are.
     */
    public static LogicalThread ofOwnObject(Program program, LogicalThread t, TypeInfo fieldOwner) {
        if (t.kind() != LogicalThread.Kind.EVENT_LOOP || !t.key().startsWith(KEY)) {
            return t;
        }
        String handler = t.key().substring(KEY.length());
        if (handler.equals(fieldOwner.name()) || !program.isSubtype(handler, fieldOwner.name())
                && !program.isSubtype(fieldOwner.name(), handler)) {
            return t;
        }
        return new LogicalThread(LogicalThread.Kind.EVENT_LOOP, KEY + fieldOwner.name(), "the event loop of `"
                + fieldOwner.simpleName() + "`'s channel", t.path(), t.pos());
    }

    /**
     * The thread {@code t} is for state all of a handler class's instances share (a static field): a
     * handler's channel loop is one thread for that handler, but its instances serve many channels, each
     * on its own loop. Other threads stay as they are.
     */
    public static LogicalThread acrossChannels(LogicalThread t) {
        if (t.kind() != LogicalThread.Kind.EVENT_LOOP || !t.key().startsWith(KEY)) {
            return t;
        }
        String handler = t.key().substring(KEY.length());
        return new LogicalThread(LogicalThread.Kind.CHANNELS, "channels:" + handler, "the event loops of the "
                + "channels `" + Describe.simple(handler) + "` serves (one per channel)", t.path(), t.pos());
    }
}
