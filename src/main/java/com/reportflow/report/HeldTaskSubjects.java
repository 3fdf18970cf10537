package com.reportflow.report;

import com.reportflow.directory.HeldTask;
import com.reportflow.directory.HeldTaskLookup;
import com.reportflow.workflow.HeldTasks;
import com.reportflow.workflow.WorkItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names the open tasks a person holds by their section heading or report title, for the directory's admin. */
@Component
class HeldTaskSubjects implements HeldTaskLookup {

    private final HeldTasks heldTasks;
    private final SectionRepository sections;
    private final ReportRepository reports;

    HeldTaskSubjects(HeldTasks heldTasks, SectionRepository sections, ReportRepository reports) {
        this.heldTasks = heldTasks;
        this.sections = sections;
        this.reports = reports;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HeldTask> heldBy(String username) {
        List<WorkItem> items = heldTasks.heldBy(username);
        Set<Long> sectionIds =
                items.stream().map(WorkItem::sectionId).filter(id -> id != null).collect(Collectors.toSet());
        Map<Long, String> headings = sections.findByIdIn(sectionIds).stream()
                .collect(Collectors.toMap(ReportSection::getId, ReportSection::getHeading));
        Set<Long> reportIds = items.stream().map(WorkItem::reportId).collect(Collectors.toSet());
        Map<Long, String> titles = reports.findAllById(reportIds).stream()
                .collect(Collectors.toMap(Report::getId, Report::getTitle, (a, b) -> a, HashMap::new));
        Function<WorkItem, String> subject = item -> item.sectionId() != null
                ? headings.getOrDefault(item.sectionId(), "#" + item.sectionId())
                : titles.getOrDefault(item.reportId(), "#" + item.reportId());
        return items.stream()
                .map(item -> new HeldTask(
                        item.reportId(),
                        item.sectionId(),
                        subject.apply(item),
                        item.step().taskKey(),
                        item.createdAt()))
                .toList();
    }
}
