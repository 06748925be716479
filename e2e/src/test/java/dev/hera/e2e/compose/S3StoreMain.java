package dev.hera.e2e.compose;

import java.util.concurrent.CountDownLatch;

import dev.hera.testing.S3Server;

/**
 * The S3-compatible store of the Compose test, in a container of its own: S3Proxy (the same server
 * the other tests start in-process) on {@code S3_PORT} with {@code S3_ACCESS_KEY} and
 * {@code S3_SECRET_KEY}, objects in memory, until the container stops.
 */
public final class S3StoreMain {

    private S3StoreMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        S3Server server = new S3Server(Integer.parseInt(System.getenv("S3_PORT")), System.getenv("S3_ACCESS_KEY"),
                System.getenv("S3_SECRET_KEY"));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("S3 store listening at " + server.endpoint());
        new CountDownLatch(1).await();
    }
}
