package com.reportflow.notification;

import static com.reportflow.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportflow.RefusalTest;
import com.reportflow.shared.AccessDeniedException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Only its recipient sees a notification and marks it read. */
class NotificationAuthorizationTest extends RefusalTest {

    static final List<String> NOT_THE_RECIPIENT = allBut("author");

    long authorsReminder;

    @BeforeAll
    void openReports() {
        openDraftingReport();
        authorsReminder = remindTheAuthor(draftSection);
    }

    @ParameterizedTest
    @FieldSource("NOT_THE_RECIPIENT")
    void only_the_recipient_sees_a_notification_and_marks_it_read(String user) {
        assertThatThrownBy(() -> as(user, () -> notifications.markRead(authorsReminder)))
                .isInstanceOf(AccessDeniedException.class);
        as(user, () -> notifications.markAllRead());

        assertThat(as(user, () -> notifications.mine(0, 1000))).noneMatch(row -> row.id() == authorsReminder);
        assertThat(as("author", () -> notifications.mine(0, 1000)))
                .filteredOn(row -> row.id() == authorsReminder)
                .singleElement()
                .satisfies(row -> assertThat(row.read()).as("still unread").isFalse());
    }

    @Test
    void the_recipient_marks_their_notification_read() {
        long sectionId = steps.sectionIds(steps.drafting(false)).getFirst();
        alerts.remind("draftSection", sectionId);
        long reminder = as("author2", () -> notifications.mine(0, 1)).getFirst().id();
        long unread = as("author2", () -> notifications.unreadCount());

        as("author2", () -> notifications.markRead(reminder));

        assertThat(as("author2", () -> notifications.unreadCount())).isEqualTo(unread - 1);
        assertThat(as("author2", () -> notifications.mine(0, 1000)))
                .filteredOn(row -> row.id() == reminder)
                .singleElement()
                .satisfies(row -> assertThat(row.read()).isTrue());
    }
}
