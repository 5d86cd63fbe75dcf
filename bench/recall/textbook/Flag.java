// EXPECT: atomicity @ line 8
package recall;

public final class Flag {
    private boolean flag = true;

    public void toggle() { // Unsafe
        flag ^= true;
    }

    public boolean getFlag() { // Unsafe
        return flag;
    }
}
