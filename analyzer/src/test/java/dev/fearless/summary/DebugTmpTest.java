package dev.fearless.summary;

import dev.fearless.extract.FactExtractor;
import dev.fearless.facts.FileFacts;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.parse.JavaSourceParser;
import dev.fearless.parse.ParseOutcome;
import dev.fearless.parse.SourceText;
import dev.fearless.program.Linker;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Scratch: never commit. */
class DebugTmpTest {
    @Test
    void debug() throws Exception {
        String dir = System.getProperty("dbg.dir");
        if (dir == null) return;
        JavaSourceParser parser = new JavaSourceParser();
        FactExtractor extractor = new FactExtractor(KnowledgeBase.jdk());
        List<FileFacts> files = new ArrayList<>();
        List<Path> paths;
        try (Stream<Path> s = Files.walk(Path.of(dir))) {
            paths = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path p : paths) {
            ParseOutcome parsed = parser.parse(new SourceText(Files.readString(p), StandardCharsets.UTF_8));
            if (parsed.succeeded()) files.add(extractor.extract(parsed, p.toString()));
        }
        Program program = new Linker(KnowledgeBase.jdk()).link(files);
        Summaries sums = new Summarizer().summarize(program);
        ThreadModel tm = sums.threads();
        for (String spec : System.getProperty("dbg.methods", "").split(",")) {
            if (spec.isBlank()) continue;
            String[] tp = spec.split("#");
            TypeInfo t = program.type(tp[0]);
            if (t == null) { System.out.println("DBG no type " + tp[0]); continue; }
            for (MethodInfo m : t.methodsNamed(tp[1])) {
                ThreadSet set = tm.threads(m);
                System.out.println("DBG " + m + " threads=" + set);
                for (LogicalThread lt : set.threads()) {
                    System.out.println("DBG   thread " + lt + " kind=" + lt.kind() + " many=" + tm.many(lt));
                    for (ThreadRoots.Spawn sp : tm.spawnsOf(lt)) {
                        System.out.println("DBG     spawn " + sp.parent() + " ev=" + sp.event() + " loop=" + sp.inLoop()
                                + " parentThreads=" + tm.threads(sp.parent()));
                    }
                }
                System.out.println("DBG   neverInterrupted=" + tm.neverInterrupted(program, m));
                System.out.println("DBG   callers=" + program.callGraph().callersOf(m).stream().map(c -> c.caller().toString()).toList());
            }
        }
    }
}
