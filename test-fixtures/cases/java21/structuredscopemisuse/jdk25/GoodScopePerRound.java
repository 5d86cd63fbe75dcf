package java21.structuredscopemisuse.jdk25;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/** Fetches pages in rounds, opening a fresh scope for each round: fork, join and read stay in order. */
public class GoodScopePerRound {

    List<String> pages(int rounds) throws InterruptedException {
        List<String> result = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            int page = round;
            try (var scope = StructuredTaskScope.open()) {
                Subtask<String> next = scope.fork(() -> "page " + page);
                scope.join();
                result.add(next.get());
            }
        }
        return result;
    }
}
