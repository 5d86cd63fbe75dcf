// EXPECT: spin-on-field @ line 16
package recall;

public class SpinOnField {
    private boolean done;
    private int result;

    public void compute() {
        new Thread(() -> {
            result = 6 * 7;
            done = true;
        }).start();
    }

    public int awaitResult() {
        while (!done) {
        }
        return result;
    }

    public static void main(String[] args) {
        SpinOnField s = new SpinOnField();
        s.compute();
        System.out.println(s.awaitResult());
    }
}
