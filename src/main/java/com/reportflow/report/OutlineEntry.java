package com.reportflow.report;

/** One node of a report's outline with its number, in document order. */
public record OutlineEntry(
        long sectionId,
        Long parentId,
        int depth,
        String number,
        String heading,
        boolean assigned,
        Long officeId,
        String officeName,
        java.time.LocalDate dueDate,
        SectionStatus status,
        String body,
        long version) {

    public String numberedHeading() {
        return number + heading;
    }

    static java.util.List<OutlineEntry> of(java.util.List<ReportSection> sectionsInOrder) {
        java.util.List<String> numbers = HeadingNumbers.ofOutline(
                sectionsInOrder.stream().map(ReportSection::getDepth).toList());
        java.util.List<OutlineEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < sectionsInOrder.size(); i++) {
            ReportSection s = sectionsInOrder.get(i);
            int depth = s.getDepth();
            entries.add(new OutlineEntry(
                    s.getId(),
                    s.getParentId(),
                    depth,
                    numbers.get(i),
                    s.getHeading(),
                    s.isAssigned(),
                    s.getOffice() == null ? null : s.getOffice().getId(),
                    s.getOffice() == null ? null : s.getOffice().getName(),
                    s.getDueDate(),
                    s.getStatus(),
                    s.getBody(),
                    s.getVersion()));
        }
        return java.util.List.copyOf(entries);
    }
}
