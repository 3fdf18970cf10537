package com.reportflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.RealDatabaseTest;
import com.reportflow.shared.ConflictRetry;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

/** On the real database, where the first draw of a year meets InnoDB's gap locks rather than H2's key check. */
@RealDatabaseTest
class IndexNumbersIT {

    @Autowired
    IndexNumbers indexNumbers;

    @Autowired
    ConflictRetry retry;

    @RepeatedTest(3)
    void two_publications_drawing_the_first_number_of_a_year_at_once_get_consecutive_numbers() throws Exception {
        String organisation = "T" + UUID.randomUUID().toString().substring(0, 12);
        assertThat(IndexNumbersTest.drawTwoAtOnce(indexNumbers, retry, organisation))
                .containsExactly(organisation + "/2026-00001", organisation + "/2026-00002");
    }

    @RepeatedTest(3)
    void two_publications_drawing_a_later_number_at_once_get_consecutive_numbers() throws Exception {
        String organisation = "T" + UUID.randomUUID().toString().substring(0, 12);
        IndexNumbersTest.drawTwoAtOnce(indexNumbers, retry, organisation);
        assertThat(IndexNumbersTest.drawTwoAtOnce(indexNumbers, retry, organisation))
                .containsExactly(organisation + "/2026-00003", organisation + "/2026-00004");
    }
}
