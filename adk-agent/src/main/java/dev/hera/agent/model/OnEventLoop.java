package dev.hera.agent.model;

import java.util.function.Supplier;

import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

/**
 * Starts an HTTP call of Vert.x' client on the event loop of one context, whatever thread asks.
 * <p>
 * A call started from a worker thread (the agent asks for the next child's portrait right after
 * decoding pictures on one) gets its callbacks dispatched to the event loop later than the
 * response's own events: reading the body in such a callback could come after the body had been
 * delivered and find it empty. On the event loop, the callbacks run as the response arrives.
 */
final class OnEventLoop {

    private OnEventLoop() {
    }

    /** The root context of an event loop of {@code vertx}, where calls of one client are started. */
    static Context root(Vertx vertx) {
        return VertxContext.getRootContext(vertx.getOrCreateContext());
    }

    static <T> Future<T> call(Context context, Supplier<Future<T>> call) {
        if (Context.isOnEventLoopThread() && context.equals(Vertx.currentContext())) {
            return call.get();
        }
        Promise<T> answered = Promise.promise();
        context.runOnContext(ignored -> call.get().onComplete(answered));
        return answered.future();
    }
}
