package dev.fearless.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchRunnerTest {

    @TempDir
    Path bench;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return BenchRunner.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void corpus() throws IOException {
        Files.writeString(bench.resolve("corpus.tsv"), """
                # name	coordinate
                alpha	org.example:alpha-core:1.0
                alpha	org.example:alpha-extra:1.0
                beta	org.example:beta:2.0	2 / 20
                """);
        Path alpha = bench.resolve("corpus/alpha");
        write(alpha.resolve("alpha-core/a/Counter.java"), """
                package a;

                public class Counter {
                    private int count;

                    public synchronized void increment() {
                        count++;
                    }

                    public int get() {
                        return count;
                    }
                }
                """);
        write(alpha.resolve("alpha-extra/a/Plain.java"), "package a;\n\npublic record Plain(int x) {\n}\n");
        Files.createFile(alpha.resolve(".fetched-alpha-core-1.0"));
        Files.createFile(alpha.resolve(".fetched-alpha-extra-1.0"));
        Path beta = bench.resolve("corpus/beta");
        write(beta.resolve("beta/b/Broken.java"), "package b;\n\nclass Broken {\n    void f( {\n}\n");
        write(beta.resolve("beta/b/Fine.java"), "package b;\n\nclass Fine {\n    void f() {\n    }\n}\n");
        Files.createFile(beta.resolve(".fetched-beta-2.0"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void measuresBothPassesPerLibraryAndWritesResults() throws IOException {
        corpus();
        int code = run("--bench", bench.toString(), "--threads", "2", "--per-library", "--warmup-files", "2");
        assertEquals(0, code, () -> out() + err());
        String text = out();
        assertTrue(text.contains("fearless scan"), text);
        assertTrue(text.contains("parse-only (JavaParser defaults)"), text);
        assertTrue(text.contains("Ratio scan / parse-only"), text);
        assertTrue(text.contains("Warm-up (untimed)"), text);
        assertTrue(text.contains("Findings per rule per library"), text);
        assertTrue(text.contains("PARSE_ERROR  beta/beta/b/Broken.java"), text);
        List<String> tsv = Files.readAllLines(bench.resolve("results/runs.tsv"));
        assertEquals(2, tsv.size(), tsv::toString);
        assertTrue(tsv.get(1).contains("\talpha,beta\t3\t"), tsv.get(1));
        List<String> json = Files.readAllLines(bench.resolve("results/runs.jsonl"));
        assertEquals(1, json.size());
        assertTrue(json.get(0).contains("\"per_library\":[{"), json.get(0));
        assertTrue(json.get(0).contains("\"kind\":\"PARSE_ERROR\""), json.get(0));
    }

    @Test
    void aMissingLibrarySaysToFetchFirst() throws IOException {
        corpus();
        Files.delete(bench.resolve("corpus/alpha/.fetched-alpha-extra-1.0"));
        assertEquals(2, run("--bench", bench.toString(), "--no-results", "alpha"));
        assertTrue(err().contains("org.example:alpha-extra:1.0 is missing") && err().contains("run bench/fetch.sh first"), err());
        assertEquals(2, run("--bench", bench.toString(), "--no-results", "jdk"));
        assertTrue(err().contains("library 'jdk' is not in") && err().contains("bench/fetch.sh --jdk"), err());
    }

    @Test
    void rejectsUnknownNamesAndBadOptions() throws IOException {
        corpus();
        assertEquals(2, run("--bench", bench.toString(), "gamma"));
        assertTrue(err().contains("unknown library 'gamma'"), err());
        assertEquals(2, run("--threads", "0"));
        assertTrue(err().contains("--threads must be at least 1"), err());
    }

    @Test
    void warmupSubsetSpreadsOverTheCorpus() {
        List<dev.fearless.discover.SourceFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            files.add(new dev.fearless.discover.SourceFile(Path.of("f" + i + ".java"), "f" + i + ".java", 1));
        }
        assertEquals(List.of(Path.of("f0.java"), Path.of("f5.java")), BenchRunner.warmupSubset(files, 2));
        assertEquals(List.of(), BenchRunner.warmupSubset(files, 0));
        assertEquals(10, BenchRunner.warmupSubset(files, 50).size());
    }

    @Test
    void jsonEscapes() {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("a", "x\"y\n");
        map.put("b", java.util.Arrays.asList(1, 2.5, null, true));
        assertEquals("{\"a\":\"x\\\"y\\n\",\"b\":[1,2.500,null,true]}", Json.write(map));
    }
}
