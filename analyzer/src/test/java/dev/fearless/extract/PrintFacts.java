package dev.fearless.extract;

import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.parse.JavaSourceParser;
import dev.fearless.parse.ParseOutcome;
import dev.fearless.parse.SourceReader;
import dev.fearless.report.FactsPrinter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Developer aid: prints the facts of the files given as arguments. */
public final class PrintFacts {

    private PrintFacts() {
    }

    public static void main(String[] args) throws Exception {
        FactExtractor extractor = new FactExtractor(KnowledgeBase.jdk());
        FactsPrinter printer = new FactsPrinter(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        for (String arg : args) {
            ParseOutcome parsed = new JavaSourceParser().parse(SourceReader.read(Path.of(arg)));
            if (!parsed.succeeded()) {
                System.out.println(arg + ": " + parsed.problem());
                continue;
            }
            printer.print(extractor.extract(parsed, arg));
        }
    }
}
