package com.reportflow;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on the real database of the {@code mysql} profile (MariaDB 10.11+ or MySQL 8 through
 * mysql-connector-j), with the demo bureau and without the async executor, as the embedded tests run. The database
 * comes from RF_IT_DB_URL / RF_IT_DB_USER / RF_IT_DB_PASSWORD (set by .ci/run), else a local {@code reportflow_it}.
 * All *IT classes share one context and one database, so each test works on reports of its own.
 */
@SpringBootTest(
        properties = {
            "reportflow.demo-data=true",
            "flowable.async-executor-activate=false",
            "vaadin.devmode.enabled=false",
            "logging.level.org.flowable=WARN"
        })
@ActiveProfiles("mysql")
public abstract class MySqlIntegrationBase {

    static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/reportflow_it?createDatabaseIfNotExist=true"
            + "&nullCatalogMeansCurrent=true&serverTimezone=UTC&characterEncoding=UTF-8&useUnicode=true";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> env("RF_IT_DB_URL", DEFAULT_URL));
        registry.add("spring.datasource.username", () -> env("RF_IT_DB_USER", "root"));
        registry.add("spring.datasource.password", () -> env("RF_IT_DB_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || (value.isBlank() && !name.endsWith("PASSWORD")) ? fallback : value;
    }
}
