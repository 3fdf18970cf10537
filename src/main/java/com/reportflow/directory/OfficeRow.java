package com.reportflow.directory;

/** An office as the admin lists it, with how many active people belong to it. */
record OfficeRow(long id, String code, String name, boolean active, long members) {}
