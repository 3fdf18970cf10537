package com.reportflow.steering;

/** Someone a task or a copy can go to. */
public record Person(String username, String displayName) {}
