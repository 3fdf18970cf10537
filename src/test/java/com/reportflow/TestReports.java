package com.reportflow;

import com.reportflow.directory.Directory;
import com.reportflow.directory.Office;
import com.reportflow.planning.NewReport;
import com.reportflow.planning.OutlineTemplate;
import com.reportflow.planning.ReportPlanning;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Opens reports from the statutory template the way the coordinator does. */
public final class TestReports {

    private TestReports() {}

    /** Every section (part 五 included) assigned to one office, due in 30 days; as the demo coordinator. */
    public static long start(ReportPlanning planning, Directory directory, String officeCode, boolean officeCheck) {
        return start(planning, directory, Map.of(), officeCode, officeCheck);
    }

    /** As {@link #start}, with some template sections (by leaf index) assigned to other offices. */
    public static long start(
            ReportPlanning planning,
            Directory directory,
            Map<Integer, String> officeByLeaf,
            String defaultOfficeCode,
            boolean officeCheck) {
        List<NewReport.Assignment> assignments = new ArrayList<>();
        for (OutlineTemplate.Leaf leaf : OutlineTemplate.statutory().leaves()) {
            Office office = directory
                    .officeByCode(officeByLeaf.getOrDefault(leaf.index(), defaultOfficeCode))
                    .orElseThrow();
            assignments.add(new NewReport.Assignment(
                    leaf.index(), true, office.getId(), LocalDate.now().plusDays(30)));
        }
        int year = LocalDate.now().getYear() - 1;
        return TestUsers.as(
                "coordinator",
                () -> planning.createAndStart(
                        new NewReport(year, planning.defaultTitle(year), officeCheck, assignments)));
    }
}
