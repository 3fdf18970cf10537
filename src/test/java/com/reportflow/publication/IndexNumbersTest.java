package com.reportflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.shared.ConflictRetry;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The 索引号 serial never repeats, even when two publications draw it at the same moment. */
@SpringBootTest
@ActiveProfiles("test")
class IndexNumbersTest {

    @Autowired
    IndexNumbers indexNumbers;

    @Autowired
    ConflictRetry retry;

    @RepeatedTest(3)
    void two_publications_drawing_the_first_number_of_a_year_at_once_get_consecutive_numbers() throws Exception {
        String organisation = "T" + UUID.randomUUID().toString().substring(0, 12);
        assertThat(drawTwoAtOnce(indexNumbers, retry, organisation))
                .containsExactly(organisation + "/2026-00001", organisation + "/2026-00002");
    }

    /** Two threads draw a number in their own transactions, released together; the numbers sorted. */
    static List<String> drawTwoAtOnce(IndexNumbers indexNumbers, ConflictRetry retry, String organisationCode)
            throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> drawn = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                drawn.add(threads.submit((Callable<String>) () -> {
                    go.await();
                    return retry.inTransaction(() -> {
                        String number = indexNumbers.next(organisationCode, 2026);
                        sleep(50);
                        return number;
                    });
                }));
            }
            go.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<String> f : drawn) {
                numbers.add(f.get(60, TimeUnit.SECONDS));
            }
            return numbers.stream().sorted().toList();
        } finally {
            threads.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
