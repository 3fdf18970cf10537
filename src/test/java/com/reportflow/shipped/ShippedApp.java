package com.reportflow.shipped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The artifact we ship, started as an operator starts it: {@code java -jar reportflow.jar} in a process of its own, the
 * {@code mysql} profile, the database and the first admin given through the environment. The jar is the one Maven
 * built in this run ({@code -Pproduction}, system property {@code reportflow.jar}); the database server is the one of
 * the real-database suite ({@code RF_IT_DB_URL}), on a schema of its own that is dropped afterwards.
 */
final class ShippedApp implements AutoCloseable {

    static final Path LOGS = Path.of("target/shipped");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final String schema;
    private final Process process;
    private final Path log;
    private final int port;
    private final long startMillis;

    private ShippedApp(String schema, Process process, Path log, int port, long startMillis) {
        this.schema = schema;
        this.process = process;
        this.log = log;
        this.port = port;
        this.startMillis = startMillis;
    }

    /** Starts the jar on a fresh schema named after {@code name} and waits until {@code /login} answers. */
    static ShippedApp start(String name, Map<String, String> environment) {
        Path jar = jar();
        String schema = "rf_shipped_" + name;
        recreateSchema(schema);
        int port = freePort();
        Path log = LOGS.resolve(name + ".log");
        try {
            Files.createDirectories(LOGS);
            List<String> command = new ArrayList<>(List.of(
                    java().toString(),
                    "-Xmx768m",
                    "-jar",
                    jar.toString(),
                    "--spring.profiles.active=mysql",
                    "--server.port=" + port));
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            // A plain URL, as an operator types it: the mysql profile sets the driver options the engine needs.
            builder.environment().put("SPRING_DATASOURCE_URL", serverUrl() + schema);
            builder.environment().put("SPRING_DATASOURCE_USERNAME", user());
            builder.environment().put("SPRING_DATASOURCE_PASSWORD", password());
            builder.environment().putAll(environment);
            long started = System.nanoTime();
            Process process = builder.start();
            ShippedApp app = new ShippedApp(schema, process, log, port, 0);
            app.awaitLogin();
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf(
                    "[shipped] %s: java -jar %s (%,d bytes) answered /login after %,d ms%n",
                    name, jar.getFileName(), Files.size(jar), millis);
            return new ShippedApp(schema, process, log, port, millis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    long startMillis() {
        return startMillis;
    }

    /** The last lines the process wrote, for a failure message. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Lines of the log at level ERROR, which an operator would see as trouble. */
    List<String> errorLines() {
        try {
            return Files.readAllLines(log).stream()
                    .filter(l -> l.contains(" ERROR "))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tables of this app's schema, lower case. */
    List<String> tables() {
        String sql = "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = ?";
        try (Connection connection = DriverManager.getConnection(serverUrl(), user(), password());
                java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            List<String> names = new ArrayList<>();
            try (java.sql.ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the tables of " + schema + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        execute("DROP DATABASE IF EXISTS " + schema);
    }

    private void awaitLogin() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The jar stopped with exit code " + process.exitValue() + " before answering:\n" + logTail());
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(url("/login")))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("The jar did not answer /login within " + START_TIMEOUT + ":\n" + logTail());
    }

    static Path jar() {
        String configured = System.getProperty("reportflow.jar");
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException(
                    "System property reportflow.jar is not set: run the shipped-artifact tests through Maven with"
                            + " -Pproduction (./mvnw -Pproduction verify), which builds the jar and passes its path");
        }
        Path jar = Path.of(configured);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar at " + jar + ": build it with ./mvnw -Pproduction package");
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            var info = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            String text = info == null
                    ? ""
                    : new String(zip.getInputStream(info).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!text.replace(" ", "").contains("\"productionMode\":true")) {
                throw new IllegalStateException(jar + " is not a production build: build it with ./mvnw -Pproduction");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    private static Path java() {
        String configured = System.getProperty("reportflow.java");
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("java.home"), "bin", "java")
                : Path.of(configured);
    }

    /**
     * {@code jdbc:mysql://host:port/} of the real-database suite's server, with the driver options the README's
     * production URL carries.
     */
    private static String serverUrl() {
        String url = System.getenv().getOrDefault("RF_IT_DB_URL", "jdbc:mysql://127.0.0.1:3306/reportflow_it");
        Matcher m = Pattern.compile("^(jdbc:mysql://[^/?]+)/.*$").matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("RF_IT_DB_URL is not a jdbc:mysql:// URL: " + url);
        }
        return m.group(1) + "/";
    }

    /** The host and port of the real-database suite's server, for a relay in front of it. */
    static URI databaseServer() {
        return URI.create(serverUrl().substring("jdbc:".length()));
    }

    /** The plain URL of the schema {@link #start} gives the app named {@code name}, reached at another port. */
    static String schemaUrlThrough(String name, int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/rf_shipped_" + name;
    }

    private static String user() {
        return System.getenv().getOrDefault("RF_IT_DB_USER", "root");
    }

    private static String password() {
        return System.getenv().getOrDefault("RF_IT_DB_PASSWORD", "");
    }

    private static void recreateSchema(String schema) {
        execute("DROP DATABASE IF EXISTS " + schema);
        execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl(), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + serverUrl() + ": " + e.getMessage(), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
