// EXPECT: none
package probe17c; import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs an ensemble of stochastic SIR epidemic simulations on a worker pool
 * while a scheduled status thread periodically prints the mean final attack
 * rate over the ensemble members finished so far.
 */
public class EnsembleStatusBoard {

    public record MemberResult(long seed, double attackRate, int days) { }

    private final List<MemberResult> finished = Collections.synchronizedList(new ArrayList<>());
    private final double beta;
    private final double gamma;

    public EnsembleStatusBoard(double beta, double gamma) {
        this.beta = beta;
        this.gamma = gamma;
    }

    void runMember(long seed, int population) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int s = population - 5;
        int i = 5;
        int r = 0;
        int day = 0;
        while (i > 0 && day < 1_000) {
            int newInfections = 0;
            int recoveries = 0;
            double pInfect = 1.0 - Math.exp(-beta * i / population);
            for (int k = 0; k < s; k++) {
                if (rnd.nextDouble() < pInfect) {
                    newInfections++;
                }
            }
            for (int k = 0; k < i; k++) {
                if (rnd.nextDouble() < gamma) {
                    recoveries++;
                }
            }
            s -= newInfections;
            i += newInfections - recoveries;
            r += recoveries;
            day++;
        }
        finished.add(new MemberResult(seed, (double) (population - s) / population, day));
    }

    void printStatus() {
        double sum = 0.0;
        int n = 0;
        synchronized (finished) {
            for (MemberResult m : finished) { // OK: iteration holds the synchronizedList's own mutex, which add() also takes, so no concurrent modification
                sum += m.attackRate();
                n++;
            }
        }
        if (n > 0) {
            System.out.printf("%d members, mean attack rate %.3f%n", n, sum / n);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        EnsembleStatusBoard board = new EnsembleStatusBoard(0.3, 0.1);
        ScheduledExecutorService status = Executors.newSingleThreadScheduledExecutor();
        status.scheduleAtFixedRate(board::printStatus, 50, 50, TimeUnit.MILLISECONDS);

        ExecutorService workers = Executors.newFixedThreadPool(4);
        for (long seed = 1; seed <= 400; seed++) {
            long memberSeed = seed;
            workers.execute(() -> board.runMember(memberSeed, 5_000));
        }
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.MINUTES);
        status.shutdown();
        status.awaitTermination(1, TimeUnit.SECONDS);
        board.printStatus();
    }
}
