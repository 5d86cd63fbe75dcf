// EXPECT: two-atomics-invariant @ line 15
package recall;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

public class UnsafeCachingFactorizer {
    private final AtomicReference<BigInteger> lastNumber = new AtomicReference<>();
    private final AtomicReference<BigInteger[]> lastFactors = new AtomicReference<>();

    public BigInteger[] service(BigInteger i) {
        if (i.equals(lastNumber.get()))
            return lastFactors.get();
        else {
            BigInteger[] factors = factor(i);
            lastNumber.set(i);
            lastFactors.set(factors);
            return factors;
        }
    }

    static BigInteger[] factor(BigInteger n) {
        List<BigInteger> fs = new ArrayList<>();
        BigInteger two = BigInteger.TWO;
        while (n.mod(two).signum() == 0 && n.compareTo(BigInteger.ONE) > 0) {
            fs.add(two);
            n = n.divide(two);
        }
        if (n.compareTo(BigInteger.ONE) > 0) {
            fs.add(n);
        }
        return fs.toArray(new BigInteger[0]);
    }
}
