package com.reportflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.Application;
import com.reportflow.shared.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Production starts on an empty directory, which the shared test context (with the demo bureau) cannot show: each
 * test starts the application once more on an empty in-memory database of its own, without demo data, and closes it.
 */
class FirstAdminSetupTest {

    @Test
    void the_configured_admin_is_created_at_start_on_a_directory_without_one_and_the_setup_screen_stays_closed() {
        try (ConfigurableApplicationContext app = start(
                "first-admin-config",
                "reportflow.setup.admin-username=chief",
                "reportflow.setup.admin-password=Configured-Secret-2026")) {
            Directory directory = app.getBean(Directory.class);
            FirstAdminSetup setup = app.getBean(FirstAdminSetup.class);

            assertThat(directory.actor("chief").orElseThrow().roles()).containsExactly(Role.ADMIN);
            assertThat(setup.needed()).isFalse();
            assertThatThrownBy(() ->
                            setup.createFirstAdmin("intruder", "冒名", "Another-Secret-2026", "Another-Secret-2026"))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageStartingWith("error.setup.done");
            assertThat(setup.createFromConfiguration("second", "Configured-Secret-2026"))
                    .isFalse();
            assertThat(directory.actor("intruder")).isEmpty();
            assertThat(directory.actor("second")).isEmpty();
        }
    }

    @Test
    void without_configuration_the_setup_screen_creates_one_admin_once_even_when_two_setups_race() throws Exception {
        try (ConfigurableApplicationContext app = start("first-admin-setup")) {
            Directory directory = app.getBean(Directory.class);
            FirstAdminSetup setup = app.getBean(FirstAdminSetup.class);
            assertThat(directory.hasUsers()).isFalse();
            assertThat(setup.needed()).isTrue();
            assertThatThrownBy(() -> setup.createFirstAdmin("keeper", "管理员", "weak", "weak"))
                    .hasMessageStartingWith("error.password.too-short");
            assertThatThrownBy(() -> setup.createFirstAdmin("keeper", "管理员", "Setup-Secret-2026", "Setup-Secret-2027"))
                    .hasMessageStartingWith("error.password.repeat-differs");
            assertThat(setup.needed()).isTrue();

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (String name : List.of("first", "rival")) {
                Callable<Boolean> attempt = () -> {
                    start.await();
                    try {
                        setup.createFirstAdmin(name, name, "Setup-Secret-2026", "Setup-Secret-2026");
                        return true;
                    } catch (UserFacingException e) {
                        assertThat(e.messageKey()).isEqualTo("error.setup.done");
                        return false;
                    }
                };
                attempts.add(pool.submit(attempt));
            }
            start.countDown();
            int created = 0;
            for (Future<Boolean> attempt : attempts) {
                created += attempt.get() ? 1 : 0;
            }
            pool.shutdown();

            assertThat(created).isEqualTo(1);
            long admins = List.of("first", "rival").stream()
                    .filter(name -> directory.actor(name).isPresent())
                    .count();
            assertThat(admins).isEqualTo(1);
            assertThat(setup.needed()).isFalse();
            assertThatThrownBy(() -> setup.createFirstAdmin("late", "迟到", "Setup-Secret-2026", "Setup-Secret-2026"))
                    .hasMessageStartingWith("error.setup.done");
        }
    }

    private static ConfigurableApplicationContext start(String database, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
                "reportflow.demo-data=false",
                "server.port=0",
                "spring.jmx.enabled=false"));
        all.addAll(List.of(properties));
        // As command-line arguments: they outrank application-test.properties, which names the shared database.
        return new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run(all.stream().map(p -> "--" + p).toArray(String[]::new));
    }
}
