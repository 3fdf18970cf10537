package com.reportflow.directory;

/**
 * Whether an office still has work in flight, asked before it is deactivated. Answered by the report feature,
 * which owns the sections (and depends on the directory, not the other way round).
 */
public interface OfficeWorkload {

    /** How many sections assigned to the office are in drafting, office check or legality review. */
    long openSections(long officeId);
}
