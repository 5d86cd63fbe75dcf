package dev.fearless.report;

import de.jcup.sarif_2_1_0.SarifSchema210ImportExportSupport;
import de.jcup.sarif_2_1_0.model.PartialFingerprints;
import de.jcup.sarif_2_1_0.model.Result;
import de.jcup.sarif_2_1_0.model.Run;
import de.jcup.sarif_2_1_0.model.SarifSchema210;
import dev.fearless.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings of an earlier SARIF report, by their {@code partialFingerprints["fearless/v1"]}: a finding
 * whose fingerprint is there is not new. Results of the earlier report that are no longer found are
 * kept, so a new report can list them as {@code absent}.
 */
public final class Baseline {

    /** No baseline: every finding is new. */
    public static final Baseline NONE = new Baseline(Map.of());

    private final Map<String, Result> results;

    private Baseline(Map<String, Result> results) {
        this.results = results;
    }

    /**
     * Reads a SARIF file. Results it marks {@code absent} were already gone when it was written and are
     * ignored.
     *
     * @throws IOException if the file is missing or is not SARIF 2.1.0
     */
    public static Baseline read(Path sarif) throws IOException {
        if (!Files.isRegularFile(sarif)) {
            throw new IOException("baseline file not found: " + sarif);
        }
        SarifSchema210 log;
        try {
            log = new SarifSchema210ImportExportSupport().fromFile(sarif);
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot read baseline " + sarif + " as SARIF 2.1.0: " + e.getMessage(), e);
        }
        Map<String, Result> known = new LinkedHashMap<>();
        List<Run> runs = log == null || log.getRuns() == null ? List.of() : log.getRuns();
        for (Run run : runs) {
            for (Result result : run.getResults() == null ? List.<Result>of() : run.getResults()) {
                PartialFingerprints prints = result.getPartialFingerprints();
                if (prints == null || result.getBaselineState() == Result.BaselineState.ABSENT) {
                    continue;
                }
                String value = prints.getAdditionalProperties().get(SarifReporter.FINGERPRINT_KEY);
                if (value != null && !value.isBlank()) {
                    known.putIfAbsent(value, result);
                }
            }
        }
        return new Baseline(known);
    }

    /** Whether the finding was already in the baseline. */
    public boolean contains(Finding finding) {
        return !finding.fingerprint().isEmpty() && results.containsKey(finding.fingerprint());
    }

    /** The findings that are not in the baseline, in their order. */
    public List<Finding> newFindings(List<Finding> findings) {
        return findings.stream().filter(f -> !contains(f)).toList();
    }

    /** For SARIF: each finding's baseline state, {@code new} or {@code unchanged} (empty without a baseline). */
    public Map<Finding, Result.BaselineState> states(List<Finding> findings) {
        if (this == NONE) {
            return Map.of();
        }
        Map<Finding, Result.BaselineState> states = new IdentityHashMap<>();
        for (Finding f : findings) {
            states.put(f, contains(f) ? Result.BaselineState.UNCHANGED : Result.BaselineState.NEW);
        }
        return states;
    }

    /** The baseline's results that are no longer found, marked {@code absent}, for the new report. */
    public List<Result> absent(List<Finding> findings) {
        Set<String> current = new java.util.HashSet<>();
        findings.forEach(f -> current.add(f.fingerprint()));
        List<Result> gone = new ArrayList<>();
        for (Map.Entry<String, Result> e : results.entrySet()) {
            if (!current.contains(e.getKey())) {
                Result r = e.getValue();
                r.setBaselineState(Result.BaselineState.ABSENT);
                r.setRuleIndex(null);
                gone.add(r);
            }
        }
        return gone;
    }

    /** How many findings the baseline holds. */
    public int size() {
        return results.size();
    }
}
