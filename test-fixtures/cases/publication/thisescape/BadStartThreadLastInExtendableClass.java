package publication.thisescape;

/** The thread starts as the constructor's last action, but the class is public and extendable: a subclass constructor still runs after start(), so the worker can call an override that reads the subclass's fields before they are set. */
public class BadStartThreadLastInExtendableClass implements Runnable {
    private final String name;

    public BadStartThreadLastInExtendableClass(String name) {
        this.name = name;
        new Thread(this, name).start(); // expect: ThisEscape['a thread that runs code of this object is started here'], ThisEscape['a subclass constructor or a method of the object called after it may still be assigning']
    }

    protected void step() {
        System.out.println(name);
    }

    @Override
    public void run() {
        step();
    }
}
