package sendsync.useaftersend;

import java.util.concurrent.CompletableFuture;

/** The reply is completed (handed to whoever waits on the future) and then the sender still writes its status field. */
public class BadFieldWriteAfterComplete {
    static final class Reply {
        int status;
        String body;
    }

    public CompletableFuture<Reply> answer(String request) {
        CompletableFuture<Reply> promise = new CompletableFuture<>();
        Reply reply = new Reply();
        reply.body = "echo " + request;
        promise.complete(reply);
        reply.status = 200; // expect: UseAfterSend
        return promise;
    }
}
