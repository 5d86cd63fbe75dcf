package dev.fearless.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.jcup.sarif_2_1_0.model.ArtifactContent;
import de.jcup.sarif_2_1_0.model.Location;
import de.jcup.sarif_2_1_0.model.PartialFingerprints;
import de.jcup.sarif_2_1_0.model.PhysicalLocation;
import de.jcup.sarif_2_1_0.model.Region;
import de.jcup.sarif_2_1_0.model.Result;
import de.jcup.sarif_2_1_0.model.Run;
import de.jcup.sarif_2_1_0.model.SarifSchema210;
import dev.fearless.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings of an earlier SARIF report. A finding is known when a result of the report has the same
 * {@code partialFingerprints["fearless/v1"]} identity: the fingerprint without the ordinal that tells
 * apart equal findings of one declaration. Among equal identities, a finding is matched to the result
 * with the same text around it (the line and the next non-blank one), else to the nearest one in the
 * file, so a second equal finding added above an existing one is the new one. Results of the earlier
 * report that are no longer found are kept, so a new report can list them as {@code absent}.
 */
public final class Baseline {

    /** No baseline: every finding is new. */
    public static final Baseline NONE = new Baseline(List.of());

    /** Groups larger than this (pairs of findings and results) are matched in order, not by distance. */
    private static final long MAX_PAIRS = 1_000_000;

    private final List<Known> known;

    /** A result of the baseline: its identity, where it was, the text there, and the result to re-emit. */
    private record Known(String identity, int line, int column, String context, Result result) {
    }

    private Baseline(List<Known> known) {
        this.known = List.copyOf(known);
    }

    /**
     * Reads a SARIF file. Results it marks {@code absent} were already gone when it was written and are
     * ignored.
     *
     * @throws IOException if the file is missing or is not a SARIF 2.1.0 log; the message names the file
     *                     and what is wrong in it
     */
    public static Baseline read(Path sarif) throws IOException {
        if (!Files.isRegularFile(sarif)) {
            throw new IOException("baseline file not found: " + sarif);
        }
        String prefix = "cannot read baseline " + sarif + " as SARIF 2.1.0: ";
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        JsonNode tree;
        try {
            tree = mapper.readTree(sarif.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(prefix + "not JSON" + at(e.getLocation()), e);
        } catch (IOException e) {
            throw new IOException("cannot read baseline " + sarif + ": " + e.getClass().getSimpleName(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new IOException(prefix + "not a SARIF log (a JSON object with \"version\": \"2.1.0\" and \"runs\")");
        }
        JsonNode version = tree.path("version");
        if (!version.isTextual()) {
            throw new IOException(prefix + "no \"version\": \"2.1.0\"; a SARIF log has one");
        }
        if (!version.asText().equals("2.1.0")) {
            throw new IOException(prefix + "its version is " + version.asText() + ", not 2.1.0");
        }
        if (!tree.path("runs").isArray()) {
            throw new IOException(prefix + "no \"runs\" list; a SARIF log has one");
        }
        SarifSchema210 log;
        try {
            log = mapper.treeToValue(tree, SarifSchema210.class);
        } catch (JsonMappingException e) {
            throw new IOException(prefix + path(e) + ": not what SARIF 2.1.0 allows there", e);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IOException(prefix + "not a valid SARIF log", e);
        }
        List<Known> known = new ArrayList<>();
        for (Run run : log.getRuns() == null ? List.<Run>of() : log.getRuns()) {
            for (Result result : run == null || run.getResults() == null ? List.<Result>of() : run.getResults()) {
                PartialFingerprints prints = result == null ? null : result.getPartialFingerprints();
                if (prints == null || result.getBaselineState() == Result.BaselineState.ABSENT) {
                    continue;
                }
                String value = prints.getAdditionalProperties().get(SarifReporter.FINGERPRINT_KEY);
                if (value != null && !value.isBlank()) {
                    known.add(known(value, result));
                }
            }
        }
        return new Baseline(known);
    }

    private static Known known(String fingerprint, Result result) {
        Region region = null;
        Region context = null;
        List<Location> locations = result.getLocations();
        if (locations != null && !locations.isEmpty() && locations.get(0) != null) {
            PhysicalLocation physical = locations.get(0).getPhysicalLocation();
            if (physical != null) {
                region = physical.getRegion();
                context = physical.getContextRegion();
            }
        }
        int line = region == null || region.getStartLine() == null ? 0 : region.getStartLine();
        int column = region == null || region.getStartColumn() == null ? 0 : region.getStartColumn();
        ArtifactContent snippet = context == null ? null : context.getSnippet();
        String text = snippet == null || snippet.getText() == null ? null : SourceLines.normalize(snippet.getText());
        return new Known(identity(fingerprint), line, column, text, result);
    }

    /** The fingerprint without the ordinal that numbers equal findings in one declaration ({@code hash:2}). */
    static String identity(String fingerprint) {
        return fingerprint.replaceFirst(":\\d+$", "");
    }

    /**
     * Matches the findings of a scan to this baseline's results: within each identity, equal context
     * first, then the nearest line (on a tie, the finding below: code added above moves a finding down),
     * then the nearest column.
     *
     * @param source the scanned files, to read each finding's context from
     */
    public BaselineMatch match(List<Finding> findings, SourceLines source) {
        if (this == NONE) {
            return BaselineMatch.NONE;
        }
        Map<String, List<Finding>> current = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!f.fingerprint().isEmpty()) {
                current.computeIfAbsent(identity(f.fingerprint()), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, List<Known>> earlier = new LinkedHashMap<>();
        for (Known k : known) {
            earlier.computeIfAbsent(k.identity(), x -> new ArrayList<>()).add(k);
        }
        Set<Finding> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Known> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<String, List<Finding>> group : current.entrySet()) {
            List<Known> candidates = earlier.getOrDefault(group.getKey(), List.of());
            if (!candidates.isEmpty()) {
                pair(group.getValue(), candidates, source, matched, used);
            }
        }
        List<Result> absent = new ArrayList<>();
        for (Known k : known) {
            if (!used.contains(k)) {
                Result r = k.result();
                r.setBaselineState(Result.BaselineState.ABSENT);
                r.setRuleIndex(null);
                absent.add(r);
            }
        }
        return new BaselineMatch(matched, absent, true);
    }

    /** A finding and a baseline result it might be, with how well they fit (smaller is better). */
    private record Pair(Finding finding, Known known, boolean sameContext, int lineDistance, boolean above,
                        int columnDistance, int order) {
    }

    private static final Comparator<Pair> BEST_FIRST = Comparator.comparing((Pair p) -> !p.sameContext())
            .thenComparingInt(Pair::lineDistance)
            .thenComparing(Pair::above)
            .thenComparingInt(Pair::columnDistance)
            .thenComparingInt(Pair::order);

    private static void pair(List<Finding> findings, List<Known> candidates, SourceLines source, Set<Finding> matched,
                             Set<Known> used) {
        if ((long) findings.size() * candidates.size() > MAX_PAIRS) {
            for (int i = 0; i < Math.min(findings.size(), candidates.size()); i++) {
                matched.add(findings.get(i));
                used.add(candidates.get(i));
            }
            return;
        }
        List<Pair> pairs = new ArrayList<>();
        int order = 0;
        for (Finding f : findings) {
            SourceLines.Context around = source.context(f.location());
            String context = around == null ? null : SourceLines.normalize(around.text());
            int line = f.location().pos().line();
            int column = f.location().pos().column();
            for (Known k : candidates) {
                pairs.add(new Pair(f, k, context != null && context.equals(k.context()),
                        Math.abs(line - k.line()), line < k.line(), Math.abs(column - k.column()), order++));
            }
        }
        pairs.sort(BEST_FIRST);
        for (Pair p : pairs) {
            if (!matched.contains(p.finding()) && !used.contains(p.known())) {
                matched.add(p.finding());
                used.add(p.known());
            }
        }
    }

    /** How many findings the baseline holds. */
    public int size() {
        return known.size();
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Where in the log a mapping error is, as a JSON path ({@code runs[0].results[3].level}). */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "the log" : path.toString();
    }
}
