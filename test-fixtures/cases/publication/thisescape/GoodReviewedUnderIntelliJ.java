package publication.thisescape;

/** The escape was reviewed under IntelliJ's inspection of the same problem and suppressed there: that suppression is honoured. */
public class GoodReviewedUnderIntelliJ implements EventListener {
    private final String name;

    @SuppressWarnings("ThisEscapedInObjectConstruction")
    public GoodReviewedUnderIntelliJ(String name, EventSource source) {
        this.name = name;
        source.registerListener(this);
    }

    @Override
    public void onEvent(String event) {
        System.out.println(name + ": " + event);
    }
}
