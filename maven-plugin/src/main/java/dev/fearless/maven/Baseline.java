package dev.fearless.maven;

import de.jcup.sarif_2_1_0.SarifSchema210ImportExportSupport;
import de.jcup.sarif_2_1_0.model.PartialFingerprints;
import de.jcup.sarif_2_1_0.model.Result;
import de.jcup.sarif_2_1_0.model.Run;
import de.jcup.sarif_2_1_0.model.SarifSchema210;
import dev.fearless.report.SarifReporter;
import dev.fearless.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Findings already known: the {@code partialFingerprints["fearless/v1"]} of the results in an earlier
 * SARIF report. A finding whose fingerprint is in the baseline is not new and does not fail the build.
 */
public final class Baseline {

    /** No baseline: every finding is new. */
    public static final Baseline NONE = new Baseline(Set.of());

    private final Set<String> fingerprints;

    Baseline(Set<String> fingerprints) {
        this.fingerprints = Set.copyOf(fingerprints);
    }

    /**
     * Reads the fingerprints of every result in a SARIF file, except results the file itself marks
     * {@code absent} (they were already gone when it was written).
     *
     * @throws IOException if the file is missing or is not SARIF that sarif-java can read
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
        Set<String> known = new HashSet<>();
        List<Run> runs = log == null || log.getRuns() == null ? List.of() : log.getRuns();
        for (Run run : runs) {
            if (run.getResults() == null) {
                continue;
            }
            for (Result result : run.getResults()) {
                PartialFingerprints prints = result.getPartialFingerprints();
                if (prints == null || result.getBaselineState() == Result.BaselineState.ABSENT) {
                    continue;
                }
                String value = prints.getAdditionalProperties().get(SarifReporter.FINGERPRINT_KEY);
                if (value != null && !value.isBlank()) {
                    known.add(value);
                }
            }
        }
        return new Baseline(known);
    }

    /** Whether the finding was already in the baseline. */
    public boolean contains(Finding finding) {
        return finding.fingerprint() != null && fingerprints.contains(finding.fingerprint());
    }

    /** The findings that are not in the baseline, in their order. */
    public List<Finding> newFindings(List<Finding> findings) {
        return findings.stream().filter(f -> !contains(f)).toList();
    }

    /** How many fingerprints the baseline holds. */
    public int size() {
        return fingerprints.size();
    }
}
