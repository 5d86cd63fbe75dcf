// EXPECT: none
package probe6c;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Thermostat comfort band (lower/upper bound). Several controller threads adjust the
 * bounds concurrently; the invariant lower <= upper must always hold.
 */
public class ThermostatBand {
    static final class Band {
        final int lower;
        final int upper;

        Band(int lower, int upper) {
            if (lower > upper) {
                throw new IllegalArgumentException(lower + " > " + upper);
            }
            this.lower = lower;
            this.upper = upper;
        }
    }

    private final AtomicReference<Band> band = new AtomicReference<>(new Band(18, 24));

    public boolean setLower(int newLower) {
        while (true) {
            Band current = band.get();
            if (newLower > current.upper) {
                return false;
            }
            Band next = new Band(newLower, current.upper);
            if (band.compareAndSet(current, next)) { // OK: immutable Band swapped by CAS, check and update are atomic together
                return true;
            }
        }
    }

    public boolean setUpper(int newUpper) {
        while (true) {
            Band current = band.get();
            if (newUpper < current.lower) {
                return false;
            }
            if (band.compareAndSet(current, new Band(current.lower, newUpper))) {
                return true;
            }
        }
    }

    public Band current() {
        return band.get();
    }

    public static void main(String[] args) throws InterruptedException {
        ThermostatBand band = new ThermostatBand();
        Runnable heater = () -> {
            for (int i = 0; i < 1_000; i++) {
                band.setLower(ThreadLocalRandom.current().nextInt(15, 26));
            }
        };
        Runnable cooler = () -> {
            for (int i = 0; i < 1_000; i++) {
                band.setUpper(ThreadLocalRandom.current().nextInt(15, 26));
            }
        };
        Thread t1 = new Thread(heater, "heater-controller");
        Thread t2 = new Thread(cooler, "cooler-controller");
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        Band b = band.current();
        System.out.println("band: " + b.lower + ".." + b.upper);
    }
}
