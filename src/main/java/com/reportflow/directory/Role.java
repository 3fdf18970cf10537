package com.reportflow.directory;

/** What a person may do in ReportFlow; a person may hold several roles. */
public enum Role {
    COORDINATOR,
    AUTHOR,
    OFFICE_HEAD,
    LEGAL_ADVISOR,
    SECRETARY,
    DIRECTOR,
    ADMIN
}
