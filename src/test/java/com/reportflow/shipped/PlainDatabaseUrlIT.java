package com.reportflow.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Defect 12 of the shipped jar: an operator's plain {@code jdbc:mysql://host:3306/schema} (no driver options) on a
 * server where another schema already holds the engine's tables made Flowable read that schema's tables, try to
 * "upgrade" them and stop the start. The jar is started twice on one server: a neighbour first, so its schema holds
 * engine tables, then the app under test on an empty schema of its own.
 */
class PlainDatabaseUrlIT {

    @Test
    void the_jar_starts_on_a_plain_database_url_beside_another_schema_holding_engine_tables() {
        try (ShippedApp neighbour = ShippedApp.start("neighbour", Map.of())) {
            assertThat(neighbour.tables()).contains("act_ru_task", "act_ge_property");

            try (ShippedApp app = ShippedApp.start("plain_url", Map.of())) {
                assertThat(app.tables())
                        .as("the engine's tables and ours, created in the app's own schema")
                        .contains("act_ru_task", "act_ge_property", "flyway_schema_history");
                assertThat(app.errorLines()).as("ERROR lines in the jar's log").isEmpty();
            }
        }
    }
}
