package publication.thisescape;

/** The escape was reviewed under javac -Xlint:this-escape and suppressed there: that suppression is honoured. */
public class GoodReviewedWithJavacLint implements EventListener {
    private final String name;

    @SuppressWarnings("this-escape")
    public GoodReviewedWithJavacLint(String name, EventSource source) {
        this.name = name;
        source.registerListener(this);
    }

    @Override
    public void onEvent(String event) {
        System.out.println(name + ": " + event);
    }
}
