package com.reportflow.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "office")
public class Office {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    private boolean active = true;

    protected Office() {}

    public Office(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** A deactivated office keeps its people and history but takes no new sections. */
    public boolean isActive() {
        return active;
    }

    void rename(String name) {
        this.name = name;
    }

    void deactivate() {
        this.active = false;
    }
}
