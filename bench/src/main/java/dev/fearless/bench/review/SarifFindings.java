package dev.fearless.bench.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fearless.rule.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the findings of a fearless SARIF log (one run) for review. */
final class SarifFindings {

    private SarifFindings() {
    }

    static List<ReviewFinding> read(Path sarif, List<RuleDescriptor> rules) throws IOException {
        Map<String, ReviewGroup> groups = new HashMap<>();
        for (RuleDescriptor r : rules) {
            groups.put(r.id(), ReviewGroup.of(r.id(), r.family()));
        }
        JsonNode root = new ObjectMapper().readTree(sarif.toFile());
        List<ReviewFinding> findings = new ArrayList<>();
        for (JsonNode run : root.path("runs")) {
            for (JsonNode result : run.path("results")) {
                String ruleId = result.path("ruleId").asText();
                ReviewGroup group = groups.get(ruleId);
                if (group == null) {
                    throw new IOException(sarif + ": unknown rule " + ruleId);
                }
                JsonNode location = result.path("locations").path(0);
                Place place = new Place(group, uri(location), line(location),
                        location.path("logicalLocations").path(0).path("fullyQualifiedName").asText(""));
                List<ReviewFinding.Step> related = new ArrayList<>();
                for (JsonNode r : result.path("relatedLocations")) {
                    related.add(step(r));
                }
                List<List<ReviewFinding.Step>> flows = new ArrayList<>();
                for (JsonNode flow : result.path("codeFlows")) {
                    for (JsonNode thread : flow.path("threadFlows")) {
                        List<ReviewFinding.Step> steps = new ArrayList<>();
                        for (JsonNode l : thread.path("locations")) {
                            steps.add(step(l.path("location")));
                        }
                        flows.add(steps);
                    }
                }
                findings.add(new ReviewFinding(ruleId, result.path("level").asText("warning"), place,
                        location.path("physicalLocation").path("region").path("startColumn").asInt(1),
                        result.path("message").path("text").asText(), related, flows));
            }
        }
        return findings;
    }

    private static ReviewFinding.Step step(JsonNode location) {
        return new ReviewFinding.Step(uri(location), line(location), location.path("message").path("text").asText(""));
    }

    private static String uri(JsonNode location) {
        return location.path("physicalLocation").path("artifactLocation").path("uri").asText();
    }

    private static int line(JsonNode location) {
        return location.path("physicalLocation").path("region").path("startLine").asInt();
    }
}
