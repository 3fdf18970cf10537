package com.reportflow.monitoring;

/** What the matrix is narrowed to; every part optional. {@code holder} matches a person's or office's name. */
public record DashboardFilter(Long officeId, MatrixStep step, String holder) {

    public static final int MAX_HOLDER_LENGTH = 50;

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null);
}
