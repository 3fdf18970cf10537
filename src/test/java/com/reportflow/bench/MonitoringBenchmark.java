package com.reportflow.bench;

import static com.reportflow.TestUsers.as;

import com.reportflow.Application;
import com.reportflow.ReportSteps;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Role;
import com.reportflow.drafting.DraftingService;
import com.reportflow.monitoring.Dashboard;
import com.reportflow.monitoring.DashboardFilter;
import com.reportflow.monitoring.Figures;
import com.reportflow.monitoring.MonitoringDashboard;
import com.reportflow.monitoring.MonitoringDiagrams;
import com.reportflow.monitoring.MonitoringFigures;
import com.reportflow.planning.NewReport;
import com.reportflow.planning.OutlineTemplate;
import com.reportflow.planning.ReportPlanning;
import com.reportflow.planning.TemplateLibrary;
import com.reportflow.report.OutlineEntry;
import com.reportflow.report.ReportQueries;
import com.reportflow.review.ReviewService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The monitoring dashboard's service calls on the real MariaDB/MySQL database with 200 reports of 15 sections each
 * and their history. The data is made through the services and the engine, as people would make it: every report
 * opened from a 15-section template (sections spread over the four demo offices that have authors); each section
 * drafted and submitted by its office's author; one in five returned once by the legal advisor and resubmitted;
 * nine in ten approved, the rest left in review; every fourth report with all its sections approved and compiled
 * into deliberation. Seeding runs once: a database that already holds the year's reports is reused. The first
 * argument sets how many reports to seed to (default 200): seeding goes through every service call a person would
 * make, about 35 transactions per report, which takes minutes on a loaded machine.
 *
 * <p>Database: RF_IT_DB_URL / RF_IT_DB_USER / RF_IT_DB_PASSWORD, as the real-database tests read them.
 */
public final class MonitoringBenchmark {

    /** The reports to seed to; the first argument lowers it where seeding all 200 takes too long. */
    private static final int DEFAULT_REPORTS = 200;

    private static final int SECTIONS = 15;
    private static final int YEAR = LocalDate.now().getYear() - 1;
    private static final Map<String, String> AUTHOR_OF_OFFICE =
            Map.of("ZCFGK", "policy", "JCJYK", "author", "RSK", "hr", "DDS", "inspector");
    private static final List<String> OFFICES = List.of("ZCFGK", "JCJYK", "RSK", "DDS");

    private MonitoringBenchmark() {}

    public static void main(String[] args) {
        int wanted = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_REPORTS;
        SpringApplication application = new SpringApplication(Application.class);
        application.setAdditionalProfiles("mysql");
        // Command-line arguments, so that they win over the mysql profile's own settings (no demo data there).
        String[] settings = {
            "--spring.datasource.url="
                    + System.getenv()
                            .getOrDefault(
                                    "RF_IT_DB_URL",
                                    "jdbc:mysql://127.0.0.1:3306/reportflow_it_monitoring?nullCatalogMeansCurrent=true"
                                            + "&serverTimezone=UTC&characterEncoding=UTF-8&useUnicode=true"),
            "--spring.datasource.username=" + System.getenv().getOrDefault("RF_IT_DB_USER", "root"),
            "--spring.datasource.password=" + System.getenv().getOrDefault("RF_IT_DB_PASSWORD", ""),
            "--reportflow.demo-data=true",
            "--server.port=0",
            "--vaadin.launch-browser=false",
            "--flowable.async-executor-activate=false",
            "--logging.level.root=WARN"
        };
        try (ConfigurableApplicationContext context = application.run(settings)) {
            MonitoringDashboard monitoring = context.getBean(MonitoringDashboard.class);
            MonitoringFigures figuresOfYear = context.getBean(MonitoringFigures.class);
            MonitoringDiagrams diagrams = context.getBean(MonitoringDiagrams.class);
            int existing = as("admin", () -> monitoring
                    .dashboard(YEAR, DashboardFilter.NONE)
                    .reports()
                    .size());
            if (existing < wanted) {
                long start = System.nanoTime();
                seed(context, wanted - existing);
                System.out.printf(
                        "seeded %d reports in %.1f s%n", wanted - existing, (System.nanoTime() - start) / 1e9);
            }
            Timing<Dashboard> dashboard =
                    Timing.measure(3, 15, () -> as("admin", () -> monitoring.dashboard(YEAR, DashboardFilter.NONE)));
            System.out.printf(
                    "dashboard(%d): %d reports, %d sections; median %.1f ms, worst %.1f ms (%d runs)%n",
                    YEAR,
                    dashboard.last().reports().size(),
                    dashboard.last().sections().size(),
                    dashboard.medianMillis(),
                    dashboard.worstMillis(),
                    dashboard.runs());
            Timing<Dashboard> filtered = Timing.measure(
                    3,
                    15,
                    () -> as(
                            "admin",
                            () -> monitoring.dashboard(
                                    YEAR, new DashboardFilter(null, null, "法律顾问", Set.of(Role.LEGAL_ADVISOR)))));
            System.out.printf(
                    "dashboard filtered by holder: %d sections; median %.1f ms, worst %.1f ms%n",
                    filtered.last().sections().size(), filtered.medianMillis(), filtered.worstMillis());
            Timing<Figures> figures = Timing.measure(3, 15, () -> as("admin", () -> figuresOfYear.figures(YEAR)));
            System.out.printf(
                    "figures(%d): %d step/office rows, %d sections returned, %d weeks; median %.1f ms, worst %.1f ms%n",
                    YEAR,
                    figures.last().stepTimes().size(),
                    figures.last().returns().size(),
                    figures.last().approvalsPerWeek().size(),
                    figures.medianMillis(),
                    figures.worstMillis());
            Timing<byte[]> diagram = Timing.measure(
                    2,
                    10,
                    () -> as("admin", () -> diagrams.definitionDiagram("reportSection", YEAR)
                            .png()));
            System.out.printf(
                    "section process diagram with the year's counts: median %.1f ms, worst %.1f ms%n",
                    diagram.medianMillis(), diagram.worstMillis());
        }
    }

    private static void seed(ConfigurableApplicationContext context, int reports) {
        ReportPlanning planning = context.getBean(ReportPlanning.class);
        TemplateLibrary templates = context.getBean(TemplateLibrary.class);
        Directory directory = context.getBean(Directory.class);
        ReportQueries queries = context.getBean(ReportQueries.class);
        DraftingService drafting = context.getBean(DraftingService.class);
        ReviewService review = context.getBean(ReviewService.class);
        ReportSteps steps = new ReportSteps(context);
        List<OutlineTemplate.Node> parts = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            List<OutlineTemplate.Node> children = new ArrayList<>();
            for (int s = 1; s <= SECTIONS / 3; s++) {
                children.add(OutlineTemplate.Node.section("第" + p + "部分第" + s + "节"));
            }
            parts.add(OutlineTemplate.Node.part("第" + p + "部分", children));
        }
        long templateId = as("coordinator", () -> templates.create("基准模板" + System.nanoTime(), parts));
        List<OutlineTemplate.Leaf> leaves =
                as("coordinator", () -> templates.get(templateId).leaves());
        int sectionNo = 0;
        for (int r = 0; r < reports; r++) {
            List<NewReport.Assignment> assignments = new ArrayList<>();
            for (OutlineTemplate.Leaf leaf : leaves) {
                String office = OFFICES.get((leaf.index() + r) % OFFICES.size());
                assignments.add(new NewReport.Assignment(
                        leaf.index(),
                        true,
                        directory.officeByCode(office).orElseThrow().getId(),
                        LocalDate.now().plusDays(10 + r % 20)));
            }
            long reportId = as(
                    "coordinator",
                    () -> planning.createAndStart(
                            new NewReport(YEAR, planning.defaultTitle(YEAR), false, templateId, assignments)));
            boolean allApproved = r % 4 == 0;
            List<OutlineEntry> sections = as("admin", () -> queries.document(reportId).entries().stream()
                    .filter(OutlineEntry::assigned)
                    .toList());
            for (OutlineEntry section : sections) {
                sectionNo++;
                String author = AUTHOR_OF_OFFICE.get(
                        directory.office(section.officeId()).orElseThrow().getCode());
                long id = section.sectionId();
                submit(drafting, author, id, "正文 " + id);
                if (sectionNo % 5 == 0) {
                    as("advisor", () -> review.returnWithOpinion(id, "请补充数据来源。"));
                    submit(drafting, author, id, "修改稿 " + id);
                }
                if (allApproved || sectionNo % 10 != 0) {
                    as("advisor", () -> review.approve(id));
                }
            }
            if (allApproved) {
                steps.compile(reportId, YEAR + "年度法治政府建设情况报告");
            }
            if ((r + 1) % 20 == 0) {
                System.out.printf("  %d reports seeded%n", r + 1);
            }
        }
    }

    private static void submit(DraftingService drafting, String author, long sectionId, String text) {
        as(author, () -> drafting.submit(sectionId, drafting.section(sectionId).version(), text));
    }
}
