package com.reportflow.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A stored holiday or make-up working day; {@code updatedBy} is null for days loaded from the shipped files. */
@Entity
@Table(name = "calendar_day")
class StoredDay {

    @Id
    @Column(name = "calendar_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    private CalendarDay.Kind kind;

    private String name;

    private String updatedBy;

    private Instant updatedAt;

    // A wrapper, so that a day never stored is told apart from one stored before: new days are inserted, not merged.
    @Version
    private Long version;

    protected StoredDay() {}

    StoredDay(LocalDate date) {
        this.date = date;
    }

    void write(CalendarDay.Kind kind, String name, String username, Instant at) {
        this.kind = kind;
        this.name = name;
        this.updatedBy = username;
        this.updatedAt = at;
    }

    LocalDate getDate() {
        return date;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    CalendarDay toDay() {
        return new CalendarDay(date, kind, name);
    }
}
