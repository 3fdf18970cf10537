package com.reportflow.notification;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.reportflow.ReportSteps;
import com.reportflow.drafting.DraftView;
import com.reportflow.report.OutlineEntry;
import com.reportflow.workflow.Step;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationsViewTest extends KaribuTest {

    @Autowired
    TaskAlerts alerts;

    @Autowired
    NotificationService notifications;

    OutlineEntry section;

    /** What the draft's reminder timer does when it fires: tells both authors of 基础教育科. */
    @BeforeEach
    void remindTheOffice() {
        ReportSteps steps = new ReportSteps(context);
        section = steps.sections(steps.drafting(false)).getFirst();
        alerts.remind("draftSection", section.sectionId());
    }

    @Test
    void an_author_sees_the_reminder_newest_first_and_unread_with_the_count_in_the_menu_until_all_are_read() {
        login("author");
        UI.getCurrent().navigate(NotificationsView.class);
        NotificationsView view = _get(NotificationsView.class);

        NotificationRow newest = _get(view.grid, 0);
        assertThat(newest.sectionId()).isEqualTo(section.sectionId());
        assertThat(newest.kind()).isEqualTo(NotificationKind.REMINDER);
        assertThat(newest.step()).isEqualTo(Step.DRAFT_SECTION);
        assertThat(newest.subject()).isEqualTo(section.numberedHeading());
        assertThat(newest.dueAt()).isNotNull();
        assertThat(newest.read()).isFalse();
        long unread = notifications.unreadCount();
        assertThat(unread).isPositive();
        assertThat(menuItem().getLabel()).isEqualTo("通知 (" + unread + ")");

        _click(view.markAllRead);

        assertThat(notifications.unreadCount()).isZero();
        assertThat(menuItem().getLabel()).isEqualTo("通知");
        for (int i = 0; i < _size(view.grid); i++) {
            assertThat(_get(view.grid, i).read()).isTrue();
        }
    }

    @Test
    void clicking_a_notification_opens_the_tasks_screen_and_marks_it_read() {
        login("author2");
        UI.getCurrent().navigate(NotificationsView.class);
        NotificationsView view = _get(NotificationsView.class);
        long unread = notifications.unreadCount();
        NotificationRow newest = _get(view.grid, 0);

        _clickItem(view.grid, 0, 1, false, false, false, false);

        assertThat(_get(DraftView.class)).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("sections/" + section.sectionId() + "/draft");
        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        assertThat(notifications.mine(0, 1)).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(newest.id());
            assertThat(row.read()).isTrue();
        });
        assertThat(menuItem().getLabel()).isEqualTo(unread == 1 ? "通知" : "通知 (" + (unread - 1) + ")");
    }

    @Test
    void nobody_sees_anothers_notifications() {
        login("advisor");
        UI.getCurrent().navigate(NotificationsView.class);
        NotificationsView view = _get(NotificationsView.class);

        for (int i = 0; i < _size(view.grid); i++) {
            NotificationRow row = _get(view.grid, i);
            assertThat(row.sectionId()).isNotEqualTo(section.sectionId());
        }
    }

    private static SideNavItem menuItem() {
        return _find(SideNavItem.class).stream()
                .filter(item -> "notifications".equals(item.getPath()))
                .findFirst()
                .orElseThrow();
    }
}
