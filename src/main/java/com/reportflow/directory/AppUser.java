package com.reportflow.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private String passwordHash;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "office_id")
    private Office office;

    private boolean enabled;

    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private int failedLogins;

    private Instant lockedUntil;

    private boolean mustChangePassword;

    private Instant passwordChangedAt;

    protected AppUser() {}

    public AppUser(
            String username, String displayName, String passwordHash, Office office, Set<Role> roles, String email) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.office = office;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = true;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Office getOffice() {
        return office;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Where notifications are mailed, when a mail server is configured; null when the person has none. */
    public String getEmail() {
        return email;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    /** Until when sign-in is refused after too many failures; null or past when the account is not locked. */
    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether the password was set by an admin (or at setup) and must be replaced at the next sign-in. */
    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    void update(String displayName, String email, Office office, Set<Role> roles) {
        this.displayName = displayName;
        this.email = email;
        this.office = office;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void deactivate() {
        this.enabled = false;
    }

    void reactivate() {
        this.enabled = true;
    }

    void setPassword(String passwordHash, boolean mustChange, Instant now) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
        this.passwordChangedAt = now;
    }

    /**
     * Counts a failed sign-in; the {@code maxFailures}-th consecutive one locks the account for {@code lockout}
     * and starts the count afresh. Returns whether this failure locked it.
     */
    boolean recordFailedLogin(Instant now, int maxFailures, Duration lockout) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            failedLogins = 0;
            lockedUntil = now.plus(lockout);
            return true;
        }
        return false;
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public Actor toActor() {
        Set<Role> held = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        return office == null
                ? new Actor(username, displayName, null, null, null, held)
                : new Actor(username, displayName, office.getId(), office.getCode(), office.getName(), held);
    }
}
