package atomicity.nonatomicvolatileupdate;

/**
 * A channel keeps its own volatile {@code address}, which only its worker thread updates; its getter
 * calls the superclass's, which caches the superclass's private field of the same name. The getter's
 * write and the worker's update touch two different fields (netty LocalChannel and AbstractChannel's
 * {@code localAddress}, atomicity review).
 */
public class GoodSuperclassFieldOfTheSameName extends GoodSuperclassFieldOfTheSameNameBase {
    private volatile String address = "";

    @Override
    public String address() {
        return super.address();
    }

    private void rebind() {
        address += "-rebound";
    }

    void run() {
        new Thread(this::rebind).start();
    }
}

class GoodSuperclassFieldOfTheSameNameBase {
    private volatile String address;

    public String address() {
        String a = address;
        if (a == null) {
            address = a = "unbound";
        }
        return a;
    }
}
