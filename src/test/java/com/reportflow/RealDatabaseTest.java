package com.reportflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on the real database of the {@code mysql} profile (MariaDB 10.11+ or MySQL 8 through
 * mysql-connector-j), with the demo bureau and without the async executor, as the embedded tests run. The database
 * comes from RF_IT_DB_URL / RF_IT_DB_USER / RF_IT_DB_PASSWORD (set by .ci/run), else a local {@code reportflow_it}.
 * All such classes share one context and one database, so each test works on reports of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "spring.datasource.url=${RF_IT_DB_URL:jdbc:mysql://127.0.0.1:3306/reportflow_it?createDatabaseIfNotExist=true"
                    + "&nullCatalogMeansCurrent=true&serverTimezone=UTC&characterEncoding=UTF-8&useUnicode=true}",
            "spring.datasource.username=${RF_IT_DB_USER:root}",
            "spring.datasource.password=${RF_IT_DB_PASSWORD:}",
            "reportflow.demo-data=true",
            "flowable.async-executor-activate=false",
            "logging.level.org.flowable=WARN"
        })
@ActiveProfiles("mysql")
public @interface RealDatabaseTest {}
