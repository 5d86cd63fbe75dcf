package dev.fearless.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.fearless.engine.Version;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rules.RuleCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user and a CI job see it: exit codes, messages, reports. */
class MainTest {

    private static final Pattern TEXT_LINE =
            Pattern.compile("^(.+):(\\d+):(\\d+): (error|warning|note): \\[([A-Z][A-Za-z]+)\\] (.+)$");
    private static final String EMPTY_SYNC_ON_LITERAL = """
            class Bad {
                void m() {
                    synchronized ("lock") {}
                }
            }
            """;

    @TempDir
    Path dir;

    private static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    private Path write(String name, String source) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, source);
    }

    private Cli.Run scan(String... options) {
        String[] args = Stream.concat(Stream.of("scan", "--root", dir.toString(), "--threads", "1", "--no-cache"), Stream.of(options))
                .toArray(String[]::new);
        return run(args);
    }

    // ---------------------------------------------------------------------------------------------
    // Exit codes

    @Test
    void cleanTree_exitsZero_andPrintsNoFinding() throws IOException {
        write("Clean.java", """
                class Clean {
                    private final Object lock = new Object();
                    private int count;
                    void increment() { synchronized (lock) { count++; } }
                }
                """);
        Cli.Run r = scan(dir.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void findingsAtOrAboveFailOn_exitOne() throws IOException {
        write("Bad.java", EMPTY_SYNC_ON_LITERAL);
        Cli.Run r = scan(dir.toString());
        assertEquals(Main.FINDINGS, r.exit(), r::toString);
        assertTrue(r.out().contains("[EmptySynchronized]"), r.out());
        assertTrue(r.out().contains("[SyncOnSharedConstant]"), r.out());
    }

    @Test
    void failOnNever_exitsZero_evenWithFindings() throws IOException {
        write("Bad.java", EMPTY_SYNC_ON_LITERAL);
        Cli.Run r = scan("--fail-on", "never", dir.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertFalse(r.out().isEmpty());
    }

    @Test
    void failOnError_withOnlyWarnings_exitsZero() throws IOException {
        write("Bad.java", EMPTY_SYNC_ON_LITERAL);
        Cli.Run r = scan("--fail-on", "error", dir.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertTrue(r.outLines().stream().allMatch(l -> l.contains(": warning: ")), r.out());
        assertFalse(r.out().isEmpty());
    }

    @Test
    void failOnNote_withWarnings_exitsOne() throws IOException {
        write("Bad.java", EMPTY_SYNC_ON_LITERAL);
        assertEquals(Main.FINDINGS, scan("--fail-on", "note", dir.toString()).exit());
    }

    @Test
    void unknownOption_exitsTwo() {
        Cli.Run r = run("scan", "--no-such-option", dir.toString());
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("--no-such-option"), r.err());
    }

    @Test
    void missingPath_exitsTwo_withAMessageNamingIt() {
        String missing = dir.resolve("does-not-exist").toString();
        Cli.Run r = run("scan", missing);
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains(missing), r.err());
        assertEquals("", r.out());
    }

    @Test
    void unreadablePath_exitsTwo_insteadOfPassingWithZeroFiles() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("src"), dir.resolve("gone"));
        Cli.Run r = scan(link.toString());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().startsWith("fearless: cannot read " + link + ": broken symbolic link"), r.err());
        assertFalse(r.err().contains("0 files"), r.err());
    }

    @Test
    void unreadableFilesInAFolder_areReportedAndCountedAsSkipped() throws IOException {
        write("Clean.java", "class Clean { }\n");
        Files.createSymbolicLink(dir.resolve("Gone.java"), dir.resolve("nowhere.java"));
        Cli.Run r = scan(dir.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertTrue(r.err().contains("fearless: warning: Gone.java"), r.err());
        assertTrue(r.err().contains("cannot read: broken symbolic link"), r.err());
        assertTrue(r.err().contains("in 1 file (1 skipped)"), r.err());
    }

    @Test
    void timings_printEachStage_andOnlyWhenAsked() throws IOException {
        write("Clean.java", "class Clean { }\n");
        Cli.Run r = scan(dir.toString(), "--timings", "--quiet");
        assertEquals(Main.OK, r.exit(), r::toString);
        assertTrue(r.err().matches("(?s)fearless: time: discover \\d+ ms, extract \\d+ ms, link \\d+ ms, "
                + "summarize \\d+ ms, rules \\d+ ms\\R"), r.err());
        assertFalse(scan(dir.toString()).err().contains("fearless: time:"));
    }

    @Test
    void unknownRuleInEnable_exitsTwo() throws IOException {
        write("Bad.java", EMPTY_SYNC_ON_LITERAL);
        Cli.Run r = scan("--enable", "NoSuchRule", dir.toString());
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("NoSuchRule"), r.err());
    }

    @Test
    void unknownRuleInDisable_exitsTwo() throws IOException {
        write("Bad.java", EMPTY_SYNC_ON_LITERAL);
        Cli.Run r = scan("--disable", "EmptySynchronized,NoSuchRule", dir.toString());
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("NoSuchRule"), r.err());
    }

    @Test
    void zeroThreads_exitsTwo() throws IOException {
        write("Bad.java", EMPTY_SYNC_ON_LITERAL);
        Cli.Run r = run("scan", "--threads", "0", dir.toString());
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("--threads"), r.err());
    }

    @Test
    void noCommand_exitsTwo() {
        assertEquals(Main.USAGE, run().exit());
    }

    @Test
    void unparsableFile_isReportedOnStderr_andTheExitCodeDependsOnlyOnFindings() throws IOException {
        write("Broken.java", "class Broken {\n  void m( {\n}\n");
        write("Clean.java", "class Clean { }\n");
        Cli.Run clean = scan(dir.toString());
        assertEquals(Main.OK, clean.exit(), clean::toString);
        assertTrue(clean.err().contains("Broken.java:2:"), clean.err());

        write("Bad.java", EMPTY_SYNC_ON_LITERAL);
        Cli.Run bad = scan(dir.toString());
        assertEquals(Main.FINDINGS, bad.exit(), bad::toString);
        assertTrue(bad.err().contains("Broken.java"), bad.err());
    }

    // ---------------------------------------------------------------------------------------------
    // Rule selection

    @Test
    void enable_runsOnlyTheNamedRules() throws IOException {
        write("Bad.java", EMPTY_SYNC_ON_LITERAL);
        Cli.Run r = scan("--enable", "EmptySynchronized", dir.toString());
        assertEquals(1, r.outLines().size(), r.out());
        assertTrue(r.out().contains("[EmptySynchronized]"), r.out());
    }

    @Test
    void disable_skipsTheNamedRules() throws IOException {
        write("Bad.java", EMPTY_SYNC_ON_LITERAL);
        Cli.Run r = scan("--disable", "EmptySynchronized,SyncOnSharedConstant", dir.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void exclude_skipsMatchingFiles() throws IOException {
        write("generated/Bad.java", EMPTY_SYNC_ON_LITERAL);
        Cli.Run r = scan("--exclude", "**/generated/**", dir.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
    }

    // ---------------------------------------------------------------------------------------------
    // Reports

    @Test
    void textOutput_linesArePathLineColSeverityRuleMessage() throws IOException {
        write("p/Bad.java", EMPTY_SYNC_ON_LITERAL);
        Cli.Run r = scan(dir.toString());
        assertEquals(2, r.outLines().size(), r.out());
        for (String line : r.outLines()) {
            Matcher m = TEXT_LINE.matcher(line);
            assertTrue(m.matches(), () -> "not path:line:col: severity: [RuleId] message: " + line);
            assertEquals("p/Bad.java", m.group(1));
            assertEquals("3", m.group(2));
            assertEquals("9", m.group(3));
        }
    }

    @Test
    void sarifOutputFile_isWrittenWhole_withNoTemporaryFileLeftBeside() throws IOException {
        write("src/Bad.java", EMPTY_SYNC_ON_LITERAL);
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path sarif = reports.resolve("f.sarif");
        Cli.Run r = scan("--format", "sarif", "--output", sarif.toString(), dir.resolve("src").toString());
        assertEquals(Main.FINDINGS, r.exit(), r::toString);
        assertEquals("", r.out());
        try (Stream<Path> files = Files.list(reports)) {
            assertEquals(List.of("f.sarif"), files.map(p -> p.getFileName().toString()).toList());
        }
        JsonNode log = new ObjectMapper().readTree(sarif.toFile());
        assertEquals(2, log.path("runs").path(0).path("results").size());
        assertEquals(List.of(), List.copyOf(schemaErrors(Files.readString(sarif))));
    }

    @Test
    void sarifOutput_replacesAnExistingReport() throws IOException {
        write("src/Bad.java", EMPTY_SYNC_ON_LITERAL);
        Path sarif = write("out/f.sarif", "old content");
        scan("--format", "sarif", "--output", sarif.toString(), dir.resolve("src").toString());
        assertTrue(Files.readString(sarif).contains("\"runs\""));
    }

    @Test
    void sarifOnStdout_reportsSkippedFilesAsNotifications() throws IOException {
        write("src/Broken.java", "class Broken {");
        Cli.Run r = scan("--format", "sarif", dir.resolve("src").toString());
        JsonNode invocation = new ObjectMapper().readTree(r.out()).path("runs").path(0).path("invocations").path(0);
        assertEquals(1, invocation.path("toolExecutionNotifications").size(), r.out());
        assertTrue(invocation.path("executionSuccessful").asBoolean());
    }

    @Test
    void fixtureScan_isByteIdentical_withOneOrTwoThreads() throws IOException {
        Path fixtures = Path.of("../test-fixtures/cases");
        assertTrue(Files.isDirectory(fixtures), () -> "no fixtures at " + fixtures.toAbsolutePath());
        Path one = dir.resolve("one.sarif");
        Path two = dir.resolve("two.sarif");
        Cli.Run first = run("scan", "--no-cache", "--format", "sarif", "--fail-on", "never", "--threads", "1", "--output", one.toString(),
                fixtures.toString());
        Cli.Run second = run("scan", "--no-cache", "--format", "sarif", "--fail-on", "never", "--threads", "2", "--output", two.toString(),
                fixtures.toString());
        assertEquals(Main.OK, first.exit(), first::toString);
        assertEquals(Main.OK, second.exit(), second::toString);
        byte[] a = Files.readAllBytes(one);
        assertTrue(new ObjectMapper().readTree(a).path("runs").path(0).path("results").size() > 10);
        assertArrayEquals(a, Files.readAllBytes(two));
    }

    // ---------------------------------------------------------------------------------------------
    // Other commands

    @Test
    void rules_listsEveryRule() {
        Cli.Run r = run("rules");
        assertEquals(Main.OK, r.exit());
        List<RuleDescriptor> all = RuleCatalog.all();
        assertEquals(all.size(), r.outLines().size(), r.out());
        for (RuleDescriptor rule : all) {
            assertTrue(r.outLines().stream().anyMatch(l -> l.startsWith(rule.id() + " ")), () -> rule.id() + " missing");
        }
    }

    @Test
    void rulesMarkdown_printsATableWithARowPerRule() {
        Cli.Run r = run("rules", "--markdown");
        assertEquals(Main.OK, r.exit());
        List<String> lines = r.outLines();
        assertEquals("| Rule | Family | Severity | What it finds |", lines.get(0));
        assertTrue(lines.get(1).matches("\\|(-+\\|){4}"), lines.get(1));
        assertEquals(RuleCatalog.all().size() + 2, lines.size());
        for (RuleDescriptor rule : RuleCatalog.all()) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("| `" + rule.id() + "` | " + rule.family().label())),
                    () -> rule.id() + " missing");
        }
        assertTrue(lines.stream().skip(2).allMatch(l -> l.startsWith("| ") && l.endsWith(" |")
                && l.replace("\\|", "").chars().filter(c -> c == '|').count() == 5), r.out());
    }

    @Test
    void explain_printsTheRuleDoc() {
        Cli.Run r = run("explain", "EmptySynchronized");
        assertEquals(Main.OK, r.exit());
        RuleDescriptor rule = RuleCatalog.all().stream().filter(d -> d.id().equals("EmptySynchronized")).findFirst()
                .orElseThrow();
        assertFalse(rule.documentation().isBlank());
        assertTrue(r.out().startsWith(rule.documentation().strip()), r.out());
        assertTrue(r.out().contains("Family: misuse."), r.out());
    }

    @Test
    void explainUnknownRule_exitsTwo() {
        Cli.Run r = run("explain", "Nope");
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("Nope"), r.err());
    }

    @Test
    void version_printsTheAnalyzerVersion() {
        Cli.Run r = run("--version");
        assertEquals(Main.OK, r.exit());
        assertEquals("fearless " + Version.current(), r.out().strip());
        assertFalse(Version.current().isBlank());
    }

    @Test
    void version_isPrintedByEverySubcommandToo() {
        for (String command : List.of("scan", "rules", "explain", "facts")) {
            for (String option : List.of("--version", "-V")) {
                Cli.Run r = run(command, option);
                assertEquals(Main.OK, r.exit(), command + " " + option + ": " + r.err());
                assertEquals("fearless " + Version.current(), r.out().strip(), command + " " + option);
            }
        }
    }

    private static java.util.Set<com.networknt.schema.ValidationMessage> schemaErrors(String sarif) throws IOException {
        try (InputStream schema = MainTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            assertNotNull(schema, "the SARIF schema is not on the test class path");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema)
                    .validate(new ObjectMapper().readTree(sarif));
        }
    }

    @Test
    void lspHelp_describesTheLanguageServer() {
        Cli.Run r = run("lsp", "--help");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().replaceAll("\\s+", " ").contains("Language Server Protocol over standard input and output"), r.out());
        assertTrue(r.out().contains("--debounce=MS"), r.out());
    }

    @Test
    void lspWithZeroThreads_exitsTwo_beforeTouchingItsStreams() {
        Cli.Run r = run("lsp", "--threads", "0");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--threads must be at least 1"), r.err());
    }
}
