package org.aaregistry.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A real PostgreSQL server run from the zonky binaries artifact, for machines without a database server.
 * Its data directory survives restarts, so a second {@code bin/registry up} finds its patients again.
 * The server stops when this process is stopped.
 */
final class EmbeddedServer {

    private EmbeddedServer() {}

    static void run(Path dataDirectory, int port) throws IOException, InterruptedException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        System.out.println("embedded PostgreSQL ready on 127.0.0.1:" + port + " (data in " + dataDirectory + ")");
        new CountDownLatch(1).await();
    }
}
