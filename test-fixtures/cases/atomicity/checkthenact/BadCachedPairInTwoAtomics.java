package atomicity.checkthenact;

import java.math.BigInteger;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Java Concurrency in Practice's UnsafeCachingFactorizer (listing 2.5): the last number and its factors
 * in two AtomicReferences, set one after the other. A thread that reads between the two sets (or whose
 * two reads straddle another thread's sets) returns the factors of another number.
 */
public class BadCachedPairInTwoAtomics {

    private final AtomicReference<BigInteger> lastNumber = new AtomicReference<>();
    private final AtomicReference<BigInteger[]> lastFactors = new AtomicReference<>();

    public BigInteger[] factors(BigInteger i) {
        if (i.equals(lastNumber.get())) {
            return lastFactors.get(); // expect: CheckThenAct['torn pair: `lastFactors` is read because `lastNumber` passed a check, but `lastNumber` and `lastFactors` are written one after the other']
        }
        BigInteger[] factors = factor(i);
        lastNumber.set(i);
        lastFactors.set(factors);
        return factors;
    }

    private static BigInteger[] factor(BigInteger i) {
        return new BigInteger[] {i};
    }

    /**
     * CERT VNA03-J's adder: both operands in two atomics, set one after the other and added together.
     * A thread adding between the two sets adds a new first to an old second.
     */
    public static class Adder {
        private final AtomicReference<BigInteger> first = new AtomicReference<>(BigInteger.ZERO);
        private final AtomicReference<BigInteger> second = new AtomicReference<>(BigInteger.ZERO);

        public void update(BigInteger f, BigInteger s) {
            first.set(f);
            second.set(s);
        }

        public BigInteger add() {
            return first.get().add(second.get()); // expect: CheckThenAct['torn pair: `first` and `second` are read one after the other and used together']
        }
    }

    /** The same cache keyed by a name in two volatile fields, written by another method. */
    public static class LastLookup {
        private volatile String lastName;
        private volatile byte[] lastAddress;

        public byte[] lookup(String name) {
            if (Objects.equals(name, lastName)) {
                return lastAddress; // expect: CheckThenAct['a thread that reads between the two writes takes `lastAddress` of another `lastName`']
            }
            return null;
        }

        public void remember(String name, byte[] address) {
            lastName = name;
            lastAddress = address;
        }
    }
}
