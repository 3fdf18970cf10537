package com.reportflow.bench;

import com.reportflow.Application;
import com.reportflow.audit.AuditVerification;
import com.reportflow.audit.AuditVerifier;
import com.reportflow.shared.AuditEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cost of one audit append, through the application as it runs: a refused access (its own transaction: lock
 * the chain head, insert, move the head, commit) and a DONE entry kept with a caller's transaction (appended just
 * before its commit); then one verification of the whole chain. On the embedded H2 by default; with the argument
 * {@code mysql}, on the database of RF_IT_DB_URL / RF_IT_DB_USER / RF_IT_DB_PASSWORD (a database for tests: it
 * appends thousands of entries).
 */
public final class AuditBenchmark {

    private static final int WARM_UP = 200;
    private static final int RUNS = 1000;

    private AuditBenchmark() {}

    public static void main(String[] args) {
        boolean mysql = args.length > 0 && args[0].equals("mysql");
        // Command-line arguments: they override the profile's properties (the builder's properties would not, and
        // the mysql profile would then write to its default database).
        List<String> settings = new ArrayList<>(List.of(
                "--server.port=0",
                "--flowable.async-executor-activate=false",
                "--logging.level.root=WARN",
                "--reportflow.demo-data=true"));
        if (mysql) {
            settings.add("--spring.datasource.url=" + env("RF_IT_DB_URL", "jdbc:mysql://127.0.0.1:3306/reportflow_it"));
            settings.add("--spring.datasource.username=" + env("RF_IT_DB_USER", "root"));
            settings.add("--spring.datasource.password=" + env("RF_IT_DB_PASSWORD", ""));
        }
        SpringApplicationBuilder builder =
                new SpringApplicationBuilder(Application.class).profiles(mysql ? "mysql" : "test");
        try (ConfigurableApplicationContext context = builder.run(settings.toArray(String[]::new))) {
            ApplicationEventPublisher events = context;
            TransactionTemplate transaction =
                    new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            AtomicInteger n = new AtomicInteger();
            System.out.println("database: " + context.getEnvironment().getProperty("spring.datasource.url"));

            measure("append, refused (own transaction)", () -> {
                events.publishEvent(AuditEvent.refused("bench", "BENCH", "bench:" + n.incrementAndGet(), "x"));
                return n.get();
            });
            measure("append, done (caller's transaction)", () -> {
                transaction.executeWithoutResult(status ->
                        events.publishEvent(AuditEvent.done("bench", "BENCH", "bench:" + n.incrementAndGet(), "x")));
                return n.get();
            });
            measure("empty transaction (baseline)", () -> {
                transaction.executeWithoutResult(status -> n.incrementAndGet());
                return n.get();
            });

            long entries =
                    context.getBean(JdbcTemplate.class).queryForObject("select count(*) from audit_log", Long.class);
            AuditVerifier verifier = context.getBean(AuditVerifier.class);
            long start = System.nanoTime();
            AuditVerification result = verifier.verify();
            System.out.printf(
                    "%-38s %8.1f ms for %d entries; %s%n",
                    "verify the whole chain", (System.nanoTime() - start) / 1e6, entries, result);
        }
        System.exit(0);
    }

    private static void measure(String name, Supplier<Integer> work) {
        Timing<Integer> timing = Timing.measure(WARM_UP, RUNS, work);
        System.out.printf(
                "%-38s median %7.3f ms, worst %7.2f ms (%d runs)%n",
                name, timing.medianMillis(), timing.worstMillis(), timing.runs());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
