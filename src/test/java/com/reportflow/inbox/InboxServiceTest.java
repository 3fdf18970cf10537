package com.reportflow.inbox;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.ReportSteps;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class InboxServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    InboxService inbox;

    @Test
    void paging_through_an_inbox_of_tasks_due_the_same_day_shows_each_task_exactly_once() {
        ReportSteps steps = new ReportSteps(context);
        steps.drafting(false);
        steps.drafting(false);

        List<TaskRow> whole = as("author", () -> inbox.inbox(0, 10_000));
        List<TaskRow> paged = new ArrayList<>();
        for (int offset = 0; offset < whole.size(); offset += 3) {
            int from = offset;
            paged.addAll(as("author", () -> inbox.inbox(from, 3)));
        }

        assertThat(whole).hasSizeGreaterThanOrEqualTo(22);
        assertThat(as("author", () -> inbox.inboxCount())).isEqualTo(whole.size());
        assertThat(paged).containsExactlyElementsOf(whole);
    }
}
