package dev.fearless.cli.lsp;

import dev.fearless.engine.Progress;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Shows the progress of a workspace's first analysis: as LSP work-done progress (a percentage of the
 * files read, then the stages) when the client offers it, else as log messages at each stage. Told
 * of files from the extraction workers, so it only keeps an atomic percentage.
 */
final class ClientProgress implements Progress {

    /** How long the client may take to accept a progress token before the log is used instead. */
    private static final long CREATE_TIMEOUT_SECONDS = 5;

    private final LanguageClient client;
    private final String title;
    private final Either<String, Integer> token;
    private final AtomicInteger percent = new AtomicInteger(-1);

    private ClientProgress(LanguageClient client, String title, Either<String, Integer> token) {
        this.client = client;
        this.title = title;
        this.token = token;
    }

    /**
     * Starts showing progress: asks the client for a progress token when it supports work-done progress
     * (waiting a few seconds at most for its answer), else logs.
     */
    static ClientProgress begin(LanguageClient client, boolean workDoneSupported, String title, String id) {
        Either<String, Integer> token = null;
        if (workDoneSupported) {
            Either<String, Integer> candidate = Either.forLeft("fearless/" + id);
            try {
                client.createProgress(new WorkDoneProgressCreateParams(candidate))
                        .get(CREATE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                token = candidate;
            } catch (ExecutionException | TimeoutException e) {
                token = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ClientProgress progress = new ClientProgress(client, title, token);
        if (token != null) {
            WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
            begin.setTitle(title);
            begin.setCancellable(false);
            begin.setPercentage(0);
            progress.notify(begin);
        } else {
            progress.log(title);
        }
        return progress;
    }

    @Override
    public void filesDone(int done, int total) {
        int now = total == 0 ? 100 : (int) (100L * done / total);
        int before = percent.get();
        if (token != null && now > before && percent.compareAndSet(before, now)) {
            WorkDoneProgressReport report = new WorkDoneProgressReport();
            report.setMessage(done + "/" + total + " files");
            report.setPercentage(now);
            notify(report);
        }
    }

    @Override
    public void stage(String name) {
        if (token != null) {
            WorkDoneProgressReport report = new WorkDoneProgressReport();
            report.setMessage(name);
            notify(report);
        } else {
            log(title + ": " + name);
        }
    }

    /** Ends the progress with a closing message, also logged. */
    void end(String message) {
        if (token != null) {
            WorkDoneProgressEnd end = new WorkDoneProgressEnd();
            end.setMessage(message);
            notify(end);
        }
        log(message);
    }

    private void notify(WorkDoneProgressNotification value) {
        client.notifyProgress(new ProgressParams(token, Either.forLeft(value)));
    }

    private void log(String message) {
        client.logMessage(new MessageParams(MessageType.Info, message));
    }
}
