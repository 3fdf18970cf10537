package com.reportflow.directory;

import static com.reportflow.TestUsers.as;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * People and offices of a test's own, so that tests sharing the database never meet: each office gets a fresh code,
 * each person a fresh username, and people are authors of their own office (they join no demo office's work).
 */
final class PeopleFixtures {

    static final String PASSWORD = "Temporary-Pass-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

    private final PeopleAdmin people;

    PeopleFixtures(PeopleAdmin people) {
        this.people = people;
    }

    String officeCode() {
        return "T" + RUN + SEQUENCE.incrementAndGet();
    }

    long office() {
        String code = officeCode();
        return as("admin", () -> people.createOffice(code, "测试科室" + code));
    }

    String username() {
        return ("t" + RUN + "." + SEQUENCE.incrementAndGet()).toLowerCase();
    }

    /** An author of a new office of their own, with a password they must change. */
    String author(long officeId) {
        String username = username();
        as(
                "admin",
                () -> people.create(new PersonForm(username, "测试人员", null, officeId, Set.of(Role.AUTHOR)), PASSWORD));
        return username;
    }

    String author() {
        return author(office());
    }
}
