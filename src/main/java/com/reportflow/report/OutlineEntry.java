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
        int[] counters = new int[5];
        java.util.List<OutlineEntry> entries = new java.util.ArrayList<>();
        for (ReportSection s : sectionsInOrder) {
            int depth = s.getDepth();
            counters[depth]++;
            for (int deeper = depth + 1; deeper < counters.length; deeper++) {
                counters[deeper] = 0;
            }
            entries.add(new OutlineEntry(
                    s.getId(),
                    s.getParentId(),
                    depth,
                    HeadingNumbers.of(depth, counters[depth]),
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
