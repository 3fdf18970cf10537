package com.reportflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.compilation.CompileView;
import com.reportflow.deliberation.DeliberationView;
import com.reportflow.drafting.DraftView;
import com.reportflow.drafting.OfficeCheckView;
import com.reportflow.inbox.InboxView;
import com.reportflow.publication.PublishView;
import com.reportflow.review.ReviewView;
import com.reportflow.shared.ui.AccessDeniedView;
import com.reportflow.signoff.SignOffView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Measures, for an issue note, how many transactions and engine (Flowable) queries it takes to open each step
 * screen: signed in as the person whose step it is, from the inbox, the screen opened by its real route. Each screen
 * is opened four times (the first opening, then three more after going back to the inbox) and every opening is
 * printed, so a reader can see the figure is stable once warm. No figure is asserted (the code is about to change);
 * only that something was counted, so the test cannot silently measure nothing. It runs in a Spring context of its
 * own (the counter's {@code @Import}): no other test's context is instrumented.
 */
@Import(JdbcCounter.Config.class)
class ScreenReadsTest extends KaribuTest {

    private static final int WARM_RUNS = 3;

    @Autowired
    JdbcCounter counter;

    record Screen(String name, String user, String route, Class<? extends Component> view) {}

    record Opening(Screen screen, String run, JdbcCounter.Snapshot figures) {}

    @Test
    void opening_a_step_screen_is_counted_in_transactions_and_engine_and_application_statements() {
        assertThat(counter.instrumented())
                .as("the DataSource is wrapped and the transaction manager listened to")
                .anyMatch(bean -> bean.contains("DataSource"))
                .anyMatch(bean -> bean.contains("TransactionManager"));

        // One report in drafting, and one report walked from compilation to publication, each screen measured
        // while the report waits at its step (cheaper than a report per step: the suite should stay quick).
        ReportSteps steps = new ReportSteps(context);
        long sectionId = steps.sectionIds(steps.drafting(false)).getFirst();
        long reportId = steps.compiling();
        List<Opening> openings = new ArrayList<>();
        measure(new Screen("drafting", "author", "sections/" + sectionId + "/draft", DraftView.class), openings);
        steps.submit("author", sectionId, "本节正文。");
        measure(new Screen("review", "advisor", "sections/" + sectionId + "/review", ReviewView.class), openings);
        long checked = steps.submittedToOfficeCheck("JCJYK", "author");
        measure(
                new Screen(
                        "office check", "officehead", "sections/" + checked + "/office-check", OfficeCheckView.class),
                openings);
        measure(new Screen("compile", "coordinator", "reports/" + reportId + "/compile", CompileView.class), openings);
        steps.compile(reportId, "2025年度法治政府建设情况报告");
        measure(
                new Screen(
                        "deliberation", "secretary", "reports/" + reportId + "/deliberation", DeliberationView.class),
                openings);
        steps.pass(reportId);
        measure(new Screen("sign-off", "director", "reports/" + reportId + "/sign-off", SignOffView.class), openings);
        steps.signOff(reportId);
        measure(new Screen("publish", "coordinator", "reports/" + reportId + "/publish", PublishView.class), openings);

        System.out.println("\nCounted on: " + counter.instrumented());
        System.out.println(table(openings));
        System.out.println(lastOpenings(openings));

        assertThat(openings).allSatisfy(opening -> {
            JdbcCounter.Snapshot figures = opening.figures();
            assertThat(figures.connectionCheckouts()).as(opening.toString()).isPositive();
            assertThat(figures.applicationStatements()).as(opening.toString()).isPositive();
            assertThat(figures.springTransactions()).as(opening.toString()).isPositive();
            assertThat(figures.otherThreadStatements())
                    .as("nothing else touched the database meanwhile")
                    .isZero();
        });
        assertThat(openings)
                .as("every step screen asks the engine for its task")
                .allMatch(opening -> opening.figures().engineStatements() > 0);
        assertThat(openings)
                .as("each step screen reads what it shows and offers in one transaction (the frame's password"
                        + " check and unread count apart) and asks the engine once")
                .allSatisfy(opening -> {
                    assertThat(screenTransactions(opening.figures()))
                            .as(opening.toString())
                            .isEqualTo(1);
                    assertThat(opening.figures().engineStatements())
                            .as(opening.toString())
                            .isEqualTo(1);
                });
        assertThat(JdbcCounter.isEngineSql("select RES.* from ACT_RU_TASK RES where RES.ID_ = ?"))
                .isTrue();
        assertThat(JdbcCounter.isEngineSql("select r.id from report r where r.act_id = ?"))
                .isFalse();
    }

    /** The transactions the screen itself began: all but the frame's (password-change guard, unread count). */
    private static int screenTransactions(JdbcCounter.Snapshot figures) {
        return figures.transactionsBegunBy().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("PasswordChangeGuard.")
                        && !e.getKey().startsWith("MainLayout."))
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    /** Signed in as the screen's person: from the inbox to the screen, once and then {@link #WARM_RUNS} times more. */
    private void measure(Screen screen, List<Opening> openings) {
        login(screen.user());
        for (int run = 0; run <= WARM_RUNS; run++) {
            UI.getCurrent().navigate(InboxView.class);
            counter.reset();
            UI.getCurrent().navigate(screen.route());
            JdbcCounter.Snapshot figures = counter.snapshot();
            _get(screen.view());
            assertThat(_find(AccessDeniedView.class)).isEmpty();
            openings.add(new Opening(screen, run == 0 ? "first" : "warm " + run, figures));
        }
    }

    private static String table(List<Opening> openings) {
        StringBuilder out = new StringBuilder("\nScreen openings (from the inbox, by the step's person):\n");
        String format = "%-13s %-7s %12s %12s %9s %16s %16s %6s%n";
        out.append(String.format(
                format,
                "screen",
                "run",
                "spring tx",
                "jdbc commits",
                "checkouts",
                "engine stmts",
                "app stmts",
                "total"));
        for (Opening opening : openings) {
            JdbcCounter.Snapshot f = opening.figures();
            out.append(String.format(
                    format,
                    opening.screen().name(),
                    opening.run(),
                    f.springTransactions() + (f.springRollbacks() > 0 ? " (" + f.springRollbacks() + " rb)" : ""),
                    f.jdbcCommits() + (f.jdbcRollbacks() > 0 ? " +" + f.jdbcRollbacks() + " rb" : ""),
                    f.connectionCheckouts(),
                    f.engineStatements(),
                    f.applicationStatements(),
                    f.totalStatements()));
        }
        return out.toString();
    }

    /**
     * Per screen, the last warm opening: who began its Spring transactions, then its distinct engine and application
     * statements, most repeated first.
     */
    private static String lastOpenings(List<Opening> openings) {
        StringBuilder out = new StringBuilder(
                "\nThe last warm opening: its transactions, its distinct statements (count × SQL, who ran them):\n");
        String last = "warm " + WARM_RUNS;
        for (Opening opening : openings) {
            if (!opening.run().equals(last)) {
                continue;
            }
            JdbcCounter.Snapshot f = opening.figures();
            out.append("\n").append(opening.screen().name()).append(" — Spring transactions begun by:\n");
            f.transactionsBegunBy()
                    .forEach((caller, count) -> out.append(String.format("  %3d × %s%n", count, caller)));
            out.append(opening.screen().name()).append(" — engine:\n");
            append(out, f.engineSql(), f.callers());
            out.append(opening.screen().name()).append(" — application:\n");
            append(out, f.applicationSql(), f.callers());
        }
        return out.toString();
    }

    /** Each statement once, most repeated first, with who ran it (and how often) underneath. */
    private static void append(
            StringBuilder out, Map<String, Integer> statements, Map<String, Map<String, Integer>> callers) {
        statements.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> {
                    out.append(String.format("  %3d × %s%n", e.getValue(), JdbcCounter.abbreviate(e.getKey(), 120)));
                    callers.getOrDefault(e.getKey(), Map.of())
                            .forEach(
                                    (caller, count) -> out.append(String.format("          %d × %s%n", count, caller)));
                });
    }
}
