package misuse.ignoredfuture;

/** The look-alike: the field only ever holds the pooled runner, so the reload's failure ends in the dropped future. */
public class BadRunnerIsAlwaysPooled {
    private final RunnersOfTheProgram runner = new RunnersOfTheProgram.Pooled();

    public void refresh(Runnable reload) {
        runner.run(reload); // expect: IgnoredFuture['the Future returned by `run` is dropped']
    }
}
