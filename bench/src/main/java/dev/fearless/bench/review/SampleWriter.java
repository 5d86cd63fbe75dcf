package dev.fearless.bench.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a sample for reviewers: each finding with its message, the code around it, its related
 * locations and code flows with a little code each, and a verdict line to fill in.
 */
final class SampleWriter {

    private static final int CONTEXT = 8;
    private static final int STEP_CONTEXT = 2;

    private final Path corpus;

    SampleWriter(Path corpus) {
        this.corpus = corpus;
    }

    String write(String title, String sampleName, List<ReviewFinding> sample, Verdicts verdicts) throws IOException {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
        out.append("Judge each finding as REVIEWS.md says (TRUE, TRUE-LOW, FALSE, UNSURE), reading the whole class, ")
                .append("the field's other accesses, the callers and the class's documentation under the corpus folder. ")
                .append("Record verdicts as lines of `bench/reviews/verdicts.tsv` (the template under each finding; ")
                .append("replace `?` by the verdict and `REASON` by the concrete reason).\n\n");
        int n = 0;
        for (ReviewFinding f : sample) {
            n++;
            Place p = f.place();
            out.append("## ").append(n).append(". ").append(f.ruleId()).append(" — `").append(p.path()).append(':')
                    .append(p.line()).append("` (").append(p.group().label()).append(")\n\n");
            out.append("- member: `").append(p.member()).append("`\n");
            out.append("- level: ").append(f.level()).append("\n");
            out.append("- message: ").append(f.message()).append("\n\n");
            excerpt(out, p.path(), p.line(), CONTEXT);
            if (!f.related().isEmpty()) {
                out.append("Related locations:\n\n");
                for (ReviewFinding.Step s : f.related()) {
                    step(out, s);
                }
            }
            int flow = 0;
            for (List<ReviewFinding.Step> steps : f.flows()) {
                out.append("Code flow ").append(++flow).append(":\n\n");
                for (ReviewFinding.Step s : steps) {
                    step(out, s);
                }
            }
            verdicts.of(p).ifPresent(j -> out.append("Judged before (").append(j.sample()).append("): ")
                    .append(j.verdict().label()).append(" — ").append(j.reason()).append("\n\n"));
            out.append("```tsv\n").append(Verdicts.line(new Judgement(p, f.ruleId(), Verdict.UNSURE, "REASON", sampleName))
                    .replace("\tUNSURE\t", "\t?\t")).append("\n```\n\n");
        }
        return out.toString();
    }

    private void step(StringBuilder out, ReviewFinding.Step s) throws IOException {
        out.append("- `").append(s.path()).append(':').append(s.line()).append("` ").append(s.note()).append("\n\n");
        excerpt(out, s.path(), s.line(), STEP_CONTEXT);
    }

    private void excerpt(StringBuilder out, String path, int line, int context) throws IOException {
        List<String> lines = lines(corpus.resolve(path));
        if (lines.isEmpty()) {
            out.append("(source not found: ").append(path).append(")\n\n");
            return;
        }
        out.append("```java\n");
        for (int i = Math.max(1, line - context); i <= Math.min(lines.size(), line + context); i++) {
            out.append(String.format("%s%5d  %s%n", i == line ? ">" : " ", i, lines.get(i - 1)));
        }
        out.append("```\n\n");
    }

    private static List<String> lines(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        }
    }
}
