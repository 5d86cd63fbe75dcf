package dev.fearless.bench.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verdict file, {@code bench/reviews/verdicts.tsv}: one judgement per line, tab-separated
 * ({@code group path line member rule verdict reason sample}); {@code #} starts a comment. A place
 * judged again keeps its latest verdict, so the file is the review history and its current state.
 */
final class Verdicts {

    static final String HEADER = "# group\tpath\tline\tmember\trule\tverdict\treason\tsample";

    private final Map<Place, Judgement> byPlace;

    private Verdicts(Map<Place, Judgement> byPlace) {
        this.byPlace = byPlace;
    }

    /** No verdicts at all: what a blind sample shows its readers. */
    static Verdicts empty() {
        return new Verdicts(Map.of());
    }

    static Verdicts read(Path file) throws IOException {
        Map<Place, Judgement> byPlace = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return new Verdicts(byPlace);
        }
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 8) {
                throw new IOException(file + ":" + number + ": expected 8 tab-separated columns, found " + cells.length);
            }
            try {
                Place place = new Place(ReviewGroup.parse(cells[0]), cells[1], Integer.parseInt(cells[2].trim()), cells[3]);
                Judgement j = new Judgement(place, cells[4], Verdict.parse(cells[5]), cells[6], cells[7]);
                byPlace.put(place, j);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + number + ": " + e.getMessage(), e);
            }
        }
        return new Verdicts(byPlace);
    }

    /** The latest judgement of a place, if any. */
    Optional<Judgement> of(Place place) {
        return Optional.ofNullable(byPlace.get(place));
    }

    /** The latest judgement of every judged place. */
    List<Judgement> latest() {
        return List.copyOf(byPlace.values());
    }

    static String line(Judgement j) {
        return String.join("\t", j.place().group().label(), j.place().path(), Integer.toString(j.place().line()),
                j.place().member(), j.ruleId(), j.verdict().label(), j.reason().replace('\t', ' ').replace('\n', ' '),
                j.sample());
    }
}
