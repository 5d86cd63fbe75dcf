package dev.fearless.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.jcup.sarif_2_1_0.SarifSchema210ImportExportSupport;
import de.jcup.sarif_2_1_0.model.Result;
import de.jcup.sarif_2_1_0.model.SarifSchema210;
import dev.fearless.budget.Cutoff;
import dev.fearless.discover.FileProblem;
import dev.fearless.engine.RuleFailure;
import dev.fearless.facts.Position;
import dev.fearless.rule.Family;
import dev.fearless.rule.Finding;
import dev.fearless.rule.Fix;
import dev.fearless.facts.Location;
import dev.fearless.rule.ProgramMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SARIF log: valid against the 2.1.0 schema, and carrying every part of every finding. */
class SarifReporterTest {

    @RuleMeta(family = Family.RACES, severity = Severity.ERROR, summary = "A test rule standing for a race check.")
    static final class FakeRace implements ProgramMatcher {
        @Override
        public void matchProgram(RuleContext context) {
        }
    }

    @RuleMeta(family = Family.MISUSE, severity = Severity.WARNING, summary = "A test rule standing for a misuse check.",
            peers = {"spotbugs:FAKE_PEER"})
    static final class FakeMisuse implements ProgramMatcher {
        @Override
        public void matchProgram(RuleContext context) {
        }
    }

    private static final List<RuleDescriptor> RULES = List.of(RuleDescriptor.of(new FakeRace()),
            RuleDescriptor.of(new FakeMisuse()));
    private static final URI INFO = URI.create("https://example.org/fearless");
    private static final Path ROOT = Path.of("/srv/project");

    private static final Finding PLAIN = new Finding("FakeMisuse", Severity.WARNING,
            new Location("src/p/A.java", Position.of(3, 5, 3, 16), ""), "plain message", "p.A.m",
            List.of(), List.of(), List.of(), "fp-plain");
    private static final Finding RICH = new Finding("FakeRace", Severity.ERROR,
            new Location("src/p/B.java", Position.of(10, 9, 12, 4), ""), "race on `count`", "p.B.run",
            List.of(new Location("src/p/B.java", Position.of(20, 5, 20, 14), "the other write"),
                    new Location("src/p/C.java", Position.of(7, 1, 7, 3), "the thread start")),
            List.of(List.of(new Location("src/p/C.java", Position.of(7, 1, 7, 3), "starts a thread"),
                    new Location("src/p/B.java", Position.of(10, 9, 12, 4), "writes count"))),
            List.of(new Fix("make count volatile",
                    List.of(new Fix.Replacement("src/p/B.java", Position.of(2, 5, 2, 5), "volatile ")))),
            "fp-rich");
    private static final Finding ODD_PATH = new Finding("FakeMisuse", Severity.NOTE,
            new Location("src/my dir/\u00e9t\u00e9.java", Position.UNKNOWN, ""), "no position", "",
            List.of(), List.of(), List.of(), "fp-odd");
    private static final List<FileProblem> PROBLEMS = List.of(
            FileProblem.parseError("src/Broken.java", "Parse error", Position.of(4, 2, 4, 2)),
            FileProblem.unreadable("src/Gone.java", "no such file or directory"));

    private static String json;
    private static JsonNode log;
    private static JsonNode run;

    @BeforeAll
    static void render() throws IOException {
        json = new SarifReporter("1.2.3", INFO).toJson(List.of(PLAIN, RICH, ODD_PATH), PROBLEMS, RULES, ROOT, true,
                Map.of());
        log = new ObjectMapper().readTree(json);
        run = log.path("runs").path(0);
    }

    static Set<ValidationMessage> schemaErrors(String sarif) throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        try (InputStream schemaText = SarifReporterTest.class.getClassLoader()
                .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            assertNotNull(schemaText, "the SARIF schema is not on the test class path");
            JsonSchema schema = factory.getSchema(schemaText);
            return schema.validate(new ObjectMapper().readTree(sarif));
        }
    }

    private static JsonNode result(String fingerprint) {
        for (JsonNode r : run.path("results")) {
            if (r.path("partialFingerprints").path(SarifReporter.FINGERPRINT_KEY).asText().equals(fingerprint)) {
                return r;
            }
        }
        throw new AssertionError("no result with fingerprint " + fingerprint + " in " + json);
    }

    @Test
    void log_validatesAgainstTheSarifSchema() throws IOException {
        assertEquals(Set.of(), schemaErrors(json));
        assertEquals("2.1.0", log.path("version").asText());
    }

    @Test
    void emptyLog_validatesAgainstTheSarifSchema() throws IOException {
        String empty = new SarifReporter("1.2.3", INFO).toJson(List.of(), List.of(), List.of(), ROOT, true, Map.of());
        assertEquals(Set.of(), schemaErrors(empty));
    }

    @Test
    void schemaValidation_rejectsABrokenLog() throws IOException {
        String broken = json.replace("\"ruleId\"", "\"ruleIdentifier\"");
        assertFalse(schemaErrors(broken).isEmpty());
    }

    @Test
    void driver_namesTheToolItsVersionAndWhereToReadMore() {
        JsonNode driver = run.path("tool").path("driver");
        assertEquals("fearless", driver.path("name").asText());
        assertEquals("1.2.3", driver.path("version").asText());
        assertEquals(INFO.toString(), driver.path("informationUri").asText());
    }

    @Test
    void everyRule_isDescribed_withHelpTextMarkdownAndTags() {
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertEquals(RULES.size(), rules.size());
        for (int i = 0; i < RULES.size(); i++) {
            RuleDescriptor expected = RULES.get(i);
            JsonNode rule = rules.path(i);
            assertEquals(expected.id(), rule.path("id").asText());
            assertEquals(expected.summary(), rule.path("shortDescription").path("text").asText());
            assertEquals(expected.help(), rule.path("help").path("text").asText());
            assertEquals(expected.help(), rule.path("help").path("markdown").asText());
            // SARIF's default level is "warning"; the model leaves a default value out.
            assertEquals(expected.severity().label(), rule.path("defaultConfiguration").path("level").asText("warning"));
            List<String> tags = new ArrayList<>();
            rule.path("properties").path("tags").forEach(t -> tags.add(t.asText()));
            assertEquals(List.of(expected.family().label(), "concurrency"), tags);
        }
    }

    @Test
    void rules_haveNoNameRepeatingTheirId() {
        // A SARIF rule's name is for a readable name; one equal to the id makes validators warn.
        for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
            assertTrue(rule.path("name").isMissingNode(), rule.path("id").asText() + " has a name: " + rule.path("name"));
        }
    }

    @Test
    void ruleHelp_comesFromTheRuleDoc_withoutItsTitle() {
        JsonNode fakeRace = run.path("tool").path("driver").path("rules").path(0);
        String help = fakeRace.path("help").path("text").asText();
        assertTrue(help.startsWith("A test rule that stands for a race check."), help);
        assertFalse(help.contains("# FakeRace"), help);
        assertEquals("A test rule that stands for a race check.", fakeRace.path("fullDescription").path("text").asText());
    }

    @Test
    void rulePeers_areListedInProperties() {
        JsonNode fakeMisuse = run.path("tool").path("driver").path("rules").path(1);
        assertEquals("spotbugs:FAKE_PEER", fakeMisuse.path("properties").path("peers").path(0).asText());
    }

    @Test
    void measuredPrecision_isInTheRuleProperties_andAbsentWhenUnmeasured() {
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertEquals("high", rules.path(0).path("properties").path("precision").asText());
        assertTrue(rules.path(1).path("properties").path("precision").isMissingNode());
    }

    @Test
    void result_carriesRuleIdIndexLevelAndMessage() {
        for (JsonNode r : run.path("results")) {
            int index = r.path("ruleIndex").asInt(-1);
            assertEquals(r.path("ruleId").asText(), run.path("tool").path("driver").path("rules").path(index).path("id").asText());
        }
        JsonNode rich = result("fp-rich");
        assertEquals("FakeRace", rich.path("ruleId").asText());
        assertEquals(0, rich.path("ruleIndex").asInt());
        assertEquals("error", rich.path("level").asText());
        assertEquals("race on `count`", rich.path("message").path("text").asText());
        assertEquals(1, result("fp-plain").path("ruleIndex").asInt());
        assertEquals("warning", result("fp-plain").path("level").asText());
        assertEquals("note", result("fp-odd").path("level").asText());
    }

    @Test
    void resultLocation_isRelativeToSrcroot_withAFullRegion() {
        JsonNode location = result("fp-rich").path("locations").path(0);
        JsonNode physical = location.path("physicalLocation");
        assertEquals("src/p/B.java", physical.path("artifactLocation").path("uri").asText());
        assertEquals(SarifReporter.SRCROOT, physical.path("artifactLocation").path("uriBaseId").asText());
        JsonNode region = physical.path("region");
        assertEquals(10, region.path("startLine").asInt());
        assertEquals(9, region.path("startColumn").asInt());
        assertEquals(12, region.path("endLine").asInt());
        // Positions are inclusive; SARIF's end column is the first column after the region.
        assertEquals(5, region.path("endColumn").asInt());
        assertEquals("p.B.run", location.path("logicalLocations").path(0).path("fullyQualifiedName").asText());
    }

    @Test
    void srcroot_isTheScanRootAsADirectoryUri() {
        String uri = run.path("originalUriBaseIds").path(SarifReporter.SRCROOT).path("uri").asText();
        assertEquals(ROOT.toUri().toString().replaceAll("/?$", "/"), uri);
    }

    @Test
    void pathsWithSpacesAndNonAscii_arePercentEncoded_andUnknownPositionsHaveNoRegion() {
        JsonNode physical = result("fp-odd").path("locations").path(0).path("physicalLocation");
        assertEquals("src/my%20dir/%C3%A9t%C3%A9.java", physical.path("artifactLocation").path("uri").asText());
        assertTrue(physical.path("region").isMissingNode(), physical::toString);
    }

    @Test
    void relatedLocations_areNumbered_andCarryTheirNotes() {
        JsonNode related = result("fp-rich").path("relatedLocations");
        assertEquals(2, related.size());
        assertEquals(1, related.path(0).path("id").asInt());
        assertEquals("the other write", related.path(0).path("message").path("text").asText());
        assertEquals(20, related.path(0).path("physicalLocation").path("region").path("startLine").asInt());
        assertEquals("src/p/C.java", related.path(1).path("physicalLocation").path("artifactLocation").path("uri").asText());
        assertTrue(result("fp-plain").path("relatedLocations").isMissingNode());
    }

    @Test
    void codeFlows_followTheFindingsFlows_andOnlyWhenThereAreSome() {
        JsonNode threadFlows = result("fp-rich").path("codeFlows").path(0).path("threadFlows");
        assertEquals(1, threadFlows.size());
        JsonNode steps = threadFlows.path(0).path("locations");
        assertEquals(2, steps.size());
        assertEquals("starts a thread", steps.path(0).path("location").path("message").path("text").asText());
        assertEquals("writes count", steps.path(1).path("location").path("message").path("text").asText());
        assertTrue(result("fp-plain").path("codeFlows").isMissingNode());
    }

    @Test
    void fixes_becomeArtifactChangesWithReplacements_andOnlyWhenThereAreSome() {
        JsonNode fix = result("fp-rich").path("fixes").path(0);
        assertEquals("make count volatile", fix.path("description").path("text").asText());
        JsonNode change = fix.path("artifactChanges").path(0);
        assertEquals("src/p/B.java", change.path("artifactLocation").path("uri").asText());
        JsonNode replacement = change.path("replacements").path(0);
        JsonNode deleted = replacement.path("deletedRegion");
        assertEquals(2, deleted.path("startLine").asInt());
        // An insertion: an empty region (the rules give fix ranges with an exclusive end column).
        assertEquals(5, deleted.path("startColumn").asInt());
        assertEquals(5, deleted.path("endColumn").asInt());
        assertEquals("volatile ", replacement.path("insertedContent").path("text").asText());
        assertTrue(result("fp-plain").path("fixes").isMissingNode());
    }

    @Test
    void everyResult_hasItsFingerprint() {
        assertEquals(3, run.path("results").size());
        assertEquals("fp-plain", result("fp-plain").path("partialFingerprints").path(SarifReporter.FINGERPRINT_KEY).asText());
    }

    @Test
    void invocation_reportsSuccessAndOneNotificationPerFileProblem() {
        JsonNode invocation = run.path("invocations").path(0);
        assertTrue(invocation.path("executionSuccessful").asBoolean());
        JsonNode notifications = invocation.path("toolExecutionNotifications");
        assertEquals(PROBLEMS.size(), notifications.size());
        JsonNode parse = notifications.path(0);
        assertEquals(PROBLEMS.get(0).describe(), parse.path("message").path("text").asText());
        assertEquals("parse_error", parse.path("properties").path("kind").asText());
        assertEquals("src/Broken.java",
                parse.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
        assertEquals(4, parse.path("locations").path(0).path("physicalLocation").path("region").path("startLine").asInt());
        assertEquals("unreadable", notifications.path(1).path("properties").path("kind").asText());
    }

    @Test
    void ruleFailuresAndCutoffs_areNotifications_thatValidate() throws IOException {
        RunNotes notes = new RunNotes(List.of(), List.of(new RuleFailure("FakeRace", "src/A.java", "p.A.m",
                new IllegalStateException("boom"), 2)), List.of(new Cutoff("access summaries", "96 accesses kept per method",
                12, "p.A.m")));
        String sarif = new SarifReporter("1.2.3", INFO).toJson(List.of(), notes, RULES, ROOT, false, Map.of(), List.of(),
                SourceLines.NONE);
        assertEquals(Set.of(), schemaErrors(sarif));
        JsonNode notifications = new ObjectMapper().readTree(sarif).path("runs").path(0).path("invocations").path(0)
                .path("toolExecutionNotifications");
        assertEquals(2, notifications.size());
        JsonNode failure = notifications.path(0);
        assertEquals("error", failure.path("level").asText());
        assertEquals("FakeRace", failure.path("associatedRule").path("id").asText());
        assertEquals("rule-failure", failure.path("properties").path("kind").asText());
        assertTrue(failure.path("message").path("text").asText().startsWith("rule FakeRace failed on p.A.m (src/A.java)"));
        JsonNode cutoff = notifications.path(1);
        assertEquals("note", cutoff.path("level").asText());
        assertEquals("cutoff", cutoff.path("properties").path("kind").asText());
        assertEquals("access summaries: 96 accesses kept per method (12 places, e.g. p.A.m)",
                cutoff.path("message").path("text").asText());
    }

    @Test
    void failedExecution_isReported() throws IOException {
        String failed = new SarifReporter("1.2.3", INFO).toJson(List.of(), List.of(), RULES, ROOT, false, Map.of());
        assertFalse(new ObjectMapper().readTree(failed).path("runs").path(0).path("invocations").path(0)
                .path("executionSuccessful").asBoolean(true));
    }

    @Test
    void baselineState_isWrittenForFindingsThatHaveOne() throws IOException {
        String withBaseline = new SarifReporter("1.2.3", INFO).toJson(List.of(PLAIN, RICH), List.of(), RULES, ROOT, true,
                Map.of(PLAIN, Result.BaselineState.NEW));
        JsonNode results = new ObjectMapper().readTree(withBaseline).path("runs").path(0).path("results");
        assertEquals("new", results.path(0).path("baselineState").asText());
        assertTrue(results.path(1).path("baselineState").isMissingNode());
        assertEquals(Set.of(), schemaErrors(withBaseline));
    }

    @Test
    void log_survivesARoundTripThroughTheSarifModel() throws IOException {
        SarifSchema210 read = new SarifSchema210ImportExportSupport().fromJSON(json);
        List<Result> results = read.getRuns().get(0).getResults();
        assertEquals(List.of("FakeMisuse", "FakeRace", "FakeMisuse"), results.stream().map(Result::getRuleId).toList());
        assertEquals(List.of("plain message", "race on `count`", "no position"),
                results.stream().map(r -> r.getMessage().getText()).toList());
        Result rich = results.get(1);
        assertEquals(Result.Level.ERROR, rich.getLevel());
        assertEquals(2, rich.getRelatedLocations().size());
        assertEquals(1, rich.getCodeFlows().size());
        assertEquals(1, rich.getFixes().size());
        assertEquals(10, rich.getLocations().get(0).getPhysicalLocation().getRegion().getStartLine());
        assertEquals("fp-rich", rich.getPartialFingerprints().getAdditionalProperties().get(SarifReporter.FINGERPRINT_KEY));
        assertEquals(2, read.getRuns().get(0).getInvocations().get(0).getToolExecutionNotifications().size());
    }
}
