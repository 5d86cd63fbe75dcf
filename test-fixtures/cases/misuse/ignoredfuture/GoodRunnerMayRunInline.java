package misuse.ignoredfuture;

/**
 * The runner comes from the caller and may be either implementation; the one that runs the task inline
 * throws its failure to the caller, so that the failure ends unseen in the dropped future is not certain.
 */
public class GoodRunnerMayRunInline {
    private final RunnersOfTheProgram runner;

    public GoodRunnerMayRunInline(RunnersOfTheProgram runner) {
        this.runner = runner;
    }

    public void refresh(Runnable reload) {
        runner.run(reload);
    }
}
