package org.aaregistry.db;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Command line for the launcher and CI: {@code provision}, {@code recreate}, {@code migrate},
 * {@code embedded <data-dir> <port>}. Configuration comes from the same environment variables as the API.
 * Failures print one line saying what is wrong and what to do, and exit non-zero.
 */
public final class DatabaseTool {

    private DatabaseTool() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();
        try {
            switch (args[0]) {
                case "provision" -> System.out.println(new Provisioning(settings).ensureDatabase());
                case "recreate" -> {
                    new Provisioning(settings).recreateDatabase();
                    System.out.println("re-created empty database " + settings.databaseName());
                }
                case "migrate" -> {
                    int applied = Migrations.migrate(
                            settings.url(), settings.ownerUser(), settings.ownerPassword(), settings.appUser());
                    System.out.println("applied " + applied + " migration(s) to " + settings.databaseName());
                }
                case "embedded" -> {
                    if (args.length != 3) {
                        usage();
                    }
                    EmbeddedServer.run(Path.of(args[1]), Integer.parseInt(args[2]));
                }
                default -> usage();
            }
        } catch (SQLException | org.flywaydb.core.api.FlywayException e) {
            System.err.println("database " + settings.url() + ": " + firstLine(e.getMessage())
                    + " -- check that PostgreSQL runs there and REGISTRY_DB_URL and the REGISTRY_DB_*_USER/PASSWORD"
                    + " variables are right");
            System.exit(2);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void usage() {
        System.err.println("usage: DatabaseTool provision | recreate | migrate | embedded <data-dir> <port>");
        System.exit(64);
    }
}
