package com.reportflow.directory;

/**
 * Names of the workflow's candidate groups. The BPMN files use the role groups literally
 * ({@code role:LEGAL_ADVISOR}); office groups are computed per section.
 */
public final class CandidateGroups {

    private static final String ROLE = "role:";
    private static final String OFFICE = "office:";
    private static final String OFFICE_HEAD = "office-head:";

    private CandidateGroups() {}

    public static String role(Role role) {
        return ROLE + role.name();
    }

    public static String officeDrafters(String officeCode) {
        return OFFICE + officeCode;
    }

    public static String officeHeads(String officeCode) {
        return OFFICE_HEAD + officeCode;
    }

    /** The office code in an office group name, or null when the group is not an office's. */
    public static String officeCodeOf(String group) {
        if (group.startsWith(OFFICE)) {
            return group.substring(OFFICE.length());
        }
        if (group.startsWith(OFFICE_HEAD)) {
            return group.substring(OFFICE_HEAD.length());
        }
        return null;
    }

    /** The role named by a role group, or null. */
    public static Role roleOf(String group) {
        return group.startsWith(ROLE) ? Role.valueOf(group.substring(ROLE.length())) : null;
    }
}
