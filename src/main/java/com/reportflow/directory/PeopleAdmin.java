package com.reportflow.directory;

import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.AuditEvent;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.TextInput;
import com.reportflow.shared.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's work on people and offices. Nobody is ever deleted: people with history are deactivated, and an
 * office is deactivated once no section of it is in flight. Only the admin may call any of it.
 */
@Service
public class PeopleAdmin {

    public static final int MAX_USERNAME = 60;
    public static final int MIN_USERNAME = 3;
    public static final int MAX_DISPLAY_NAME = 100;
    public static final int MAX_EMAIL = 200;
    public static final int MAX_OFFICE_CODE = 40;
    public static final int MAX_OFFICE_NAME = 100;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]+");
    private static final Pattern OFFICE_CODE = Pattern.compile("[A-Z0-9]+");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Set<Role> OFFICE_ROLES = EnumSet.of(Role.AUTHOR, Role.OFFICE_HEAD);

    private final AppUserRepository users;
    private final OfficeRepository offices;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final HeldTaskLookup heldTasks;
    private final OfficeWorkload workload;
    private final ConflictRetry retry;
    private final Clock clock;

    PeopleAdmin(
            AppUserRepository users,
            OfficeRepository offices,
            CurrentUser currentUser,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            HeldTaskLookup heldTasks,
            OfficeWorkload workload,
            ConflictRetry retry,
            Clock clock) {
        this.users = users;
        this.offices = offices;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.heldTasks = heldTasks;
        this.workload = workload;
        this.retry = retry;
        this.clock = clock;
    }

    // People

    @Transactional(readOnly = true)
    public List<Person> people(PersonFilter filter, int offset, int limit) {
        requireAdmin("PEOPLE_LISTED", null);
        return matching(filter).skip(offset).limit(limit).toList();
    }

    @Transactional(readOnly = true)
    public int countPeople(PersonFilter filter) {
        requireAdmin("PEOPLE_LISTED", null);
        return (int) matching(filter).count();
    }

    @Transactional(readOnly = true)
    public Person person(String username) {
        requireAdmin("PERSON_VIEWED", "user:" + username);
        return toPerson(find(username));
    }

    /** The open tasks the person has taken, which stay theirs until the admin reassigns them from monitoring. */
    @Transactional(readOnly = true)
    public List<HeldTask> heldTasks(String username) {
        requireAdmin("PERSON_VIEWED", "user:" + username);
        return heldTasks.heldBy(find(username).getUsername());
    }

    /**
     * Creates a person with a temporary password they must change at their first sign-in. A blank {@code
     * temporaryPassword} has one generated; returns the password set, to be shown once.
     */
    public String create(PersonForm form, String temporaryPassword) {
        Actor actor = requireAdmin("USER_CREATED", "user:" + (form == null ? null : form.username()));
        Objects.requireNonNull(form, "form");
        String username = checkUsername(form.username());
        String password =
                temporaryPassword == null || temporaryPassword.isEmpty() ? PasswordRules.generate() : temporaryPassword;
        PasswordRules.check(password, username);
        try {
            retry.inTransaction(() -> {
                Checked checked = check(form, null);
                if (users.findByUsername(username).isPresent()) {
                    throw new InvalidInputException("error.people.username-taken", username);
                }
                AppUser user = new AppUser(
                        username,
                        checked.displayName,
                        passwordEncoder.encode(password),
                        checked.office,
                        checked.roles,
                        checked.email);
                user.setPassword(user.getPasswordHash(), true, clock.instant());
                users.saveAndFlush(user);
                events.publishEvent(
                        AuditEvent.done(actor.username(), "USER_CREATED", "user:" + username, describe(checked)));
            });
        } catch (DataIntegrityViolationException e) {
            // The only constraint a valid form can break: another admin created the same username just now.
            throw new InvalidInputException("error.people.username-taken", username);
        }
        return password;
    }

    /** Changes a person's name, mail address, roles and office; a new office is recorded as a move. */
    public void update(String username, PersonForm form) {
        Actor actor = requireAdmin("USER_UPDATED", "user:" + username);
        Objects.requireNonNull(form, "form");
        retry.inTransaction(() -> {
            AppUser user = find(username);
            Checked checked = check(form, user.getOffice());
            if (user.isEnabled()
                    && user.getRoles().contains(Role.ADMIN)
                    && !checked.roles.contains(Role.ADMIN)
                    && activeAdmins() <= 1) {
                throw new UserFacingException("error.people.last-admin-role");
            }
            Long before = user.getOffice() == null ? null : user.getOffice().getId();
            Long after = checked.office == null ? null : checked.office.getId();
            String fromOffice =
                    user.getOffice() == null ? "-" : user.getOffice().getCode();
            user.update(checked.displayName, checked.email, checked.office, checked.roles);
            events.publishEvent(
                    AuditEvent.done(actor.username(), "USER_UPDATED", "user:" + username, describe(checked)));
            if (!Objects.equals(before, after)) {
                events.publishEvent(AuditEvent.done(
                        actor.username(),
                        "USER_MOVED",
                        "user:" + username,
                        fromOffice + " -> " + (checked.office == null ? "-" : checked.office.getCode())));
            }
        });
    }

    /** Deactivates a person: they cannot sign in, and a session they have open loses access at its next request. */
    public void deactivate(String username) {
        Actor actor = requireAdmin("USER_DEACTIVATED", "user:" + username);
        retry.inTransaction(() -> {
            AppUser user = find(username);
            if (user.getUsername().equals(actor.username())) {
                throw new UserFacingException("error.people.deactivate-self");
            }
            if (!user.isEnabled()) {
                throw new UserFacingException("error.people.already-inactive", username);
            }
            if (user.getRoles().contains(Role.ADMIN) && activeAdmins() <= 1) {
                throw new UserFacingException("error.people.last-admin");
            }
            user.deactivate();
            events.publishEvent(AuditEvent.done(actor.username(), "USER_DEACTIVATED", "user:" + username, null));
        });
    }

    public void reactivate(String username) {
        Actor actor = requireAdmin("USER_REACTIVATED", "user:" + username);
        retry.inTransaction(() -> {
            AppUser user = find(username);
            if (user.isEnabled()) {
                throw new UserFacingException("error.people.already-active", username);
            }
            user.reactivate();
            events.publishEvent(AuditEvent.done(actor.username(), "USER_REACTIVATED", "user:" + username, null));
        });
    }

    /**
     * Sets a temporary password the person must change at their next sign-in, and lifts a lock. A blank {@code
     * temporaryPassword} has one generated; returns the password set, to be shown once.
     */
    public String resetPassword(String username, String temporaryPassword) {
        Actor actor = requireAdmin("PASSWORD_RESET", "user:" + username);
        return retry.inTransaction(() -> {
            AppUser user = find(username);
            String password = temporaryPassword == null || temporaryPassword.isEmpty()
                    ? PasswordRules.generate()
                    : temporaryPassword;
            PasswordRules.check(password, user.getUsername());
            user.setPassword(passwordEncoder.encode(password), true, clock.instant());
            user.unlock();
            events.publishEvent(AuditEvent.done(actor.username(), "PASSWORD_RESET", "user:" + username, null));
            return password;
        });
    }

    /** Lifts a lock left by failed sign-ins before it runs out. */
    public void unlock(String username) {
        Actor actor = requireAdmin("ACCOUNT_UNLOCKED", "user:" + username);
        retry.inTransaction(() -> {
            AppUser user = find(username);
            if (!user.isLocked(clock.instant())) {
                throw new UserFacingException("error.people.not-locked", username);
            }
            user.unlock();
            events.publishEvent(AuditEvent.done(actor.username(), "ACCOUNT_UNLOCKED", "user:" + username, null));
        });
    }

    // Offices

    @Transactional(readOnly = true)
    public List<OfficeRow> offices() {
        requireAdmin("OFFICES_LISTED", null);
        List<AppUser> everyone = users.findAll();
        return offices.findAllByOrderByCode().stream()
                .map(office -> new OfficeRow(
                        office.getId(),
                        office.getCode(),
                        office.getName(),
                        office.isActive(),
                        everyone.stream()
                                .filter(AppUser::isEnabled)
                                .filter(u -> u.getOffice() != null
                                        && u.getOffice().getId().equals(office.getId()))
                                .count()))
                .toList();
    }

    public long createOffice(String code, String name) {
        Actor actor = requireAdmin("OFFICE_CREATED", "office:" + code);
        String checkedCode = TextInput.line(code, MAX_OFFICE_CODE, "people.field.office-code");
        if (!OFFICE_CODE.matcher(checkedCode).matches()) {
            throw new InvalidInputException("error.people.office-code-format");
        }
        String checkedName = TextInput.line(name, MAX_OFFICE_NAME, "people.field.office-name");
        try {
            return retry.inTransaction(() -> {
                if (offices.findByCode(checkedCode).isPresent()) {
                    throw new InvalidInputException("error.people.office-code-taken", checkedCode);
                }
                Office office = offices.saveAndFlush(new Office(checkedCode, checkedName));
                events.publishEvent(
                        AuditEvent.done(actor.username(), "OFFICE_CREATED", "office:" + checkedCode, checkedName));
                return office.getId();
            });
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("error.people.office-code-taken", checkedCode);
        }
    }

    /** Renames an office; its code never changes, since the workflow's candidate groups are named after it. */
    public void renameOffice(long officeId, String name) {
        Actor actor = requireAdmin("OFFICE_RENAMED", "office:" + officeId);
        String checkedName = TextInput.line(name, MAX_OFFICE_NAME, "people.field.office-name");
        retry.inTransaction(() -> {
            Office office = findOffice(officeId);
            String before = office.getName();
            office.rename(checkedName);
            events.publishEvent(AuditEvent.done(
                    actor.username(), "OFFICE_RENAMED", "office:" + office.getCode(), before + " -> " + checkedName));
        });
    }

    /** Deactivates an office that has no section in drafting or review; its people and history stay. */
    public void deactivateOffice(long officeId) {
        Actor actor = requireAdmin("OFFICE_DEACTIVATED", "office:" + officeId);
        retry.inTransaction(() -> {
            Office office = findOffice(officeId);
            if (!office.isActive()) {
                throw new UserFacingException("error.people.office-already-inactive", office.getName());
            }
            long open = workload.openSections(officeId);
            if (open > 0) {
                throw new UserFacingException("error.people.office-has-open-sections", office.getName(), open);
            }
            office.deactivate();
            events.publishEvent(
                    AuditEvent.done(actor.username(), "OFFICE_DEACTIVATED", "office:" + office.getCode(), null));
        });
    }

    // Roles

    /** Every role with the active people holding it. */
    @Transactional(readOnly = true)
    public List<RoleHolders> roles() {
        requireAdmin("ROLES_LISTED", null);
        List<AppUser> active = users.findAllByEnabledTrueOrderByUsername();
        return Arrays.stream(Role.values())
                .map(role -> new RoleHolders(
                        role,
                        active.stream()
                                .filter(u -> u.getRoles().contains(role))
                                .map(u -> u.getDisplayName() + " (" + u.getUsername() + ")")
                                .toList()))
                .toList();
    }

    private Stream<Person> matching(PersonFilter filter) {
        PersonFilter wanted = filter == null ? PersonFilter.ALL : filter;
        return users.findAll().stream()
                .sorted(Comparator.comparing(AppUser::getUsername))
                .map(this::toPerson)
                .filter(wanted::matches);
    }

    private Person toPerson(AppUser user) {
        Instant now = clock.instant();
        return new Person(
                user.getUsername(),
                user.getDisplayName(),
                user.getEmail(),
                user.getOffice() == null ? null : user.getOffice().getId(),
                user.getOffice() == null ? null : user.getOffice().getName(),
                user.getRoles(),
                user.isEnabled(),
                user.isLocked(now) ? user.getLockedUntil() : null,
                user.isMustChangePassword());
    }

    private AppUser find(String username) {
        if (username == null) {
            throw new InvalidInputException("error.people.no-such-user", "");
        }
        // Exact match: MySQL's PAD SPACE collations would find "admin" for "admin ".
        return users.findByUsername(username)
                .filter(user -> user.getUsername().equals(username))
                .orElseThrow(() -> new InvalidInputException("error.people.no-such-user", username));
    }

    private Office findOffice(long officeId) {
        return offices.findById(officeId).orElseThrow(() -> new InvalidInputException("error.people.no-such-office"));
    }

    private long activeAdmins() {
        return users.findAllByEnabledTrueOrderByUsername().stream()
                .filter(u -> u.getRoles().contains(Role.ADMIN))
                .count();
    }

    private static String checkUsername(String username) {
        String checked = TextInput.line(username, MAX_USERNAME, "people.field.username");
        if (checked.length() < MIN_USERNAME || !USERNAME.matcher(checked).matches()) {
            throw new InvalidInputException("error.people.username-format", MIN_USERNAME, MAX_USERNAME);
        }
        return checked;
    }

    private record Checked(String displayName, String email, Office office, Set<Role> roles) {}

    /** Checks the form; {@code currentOffice} may stay even when it has been deactivated since. */
    private Checked check(PersonForm form, Office currentOffice) {
        String displayName = TextInput.line(form.displayName(), MAX_DISPLAY_NAME, "people.field.display-name");
        String email = TextInput.optional(form.email(), MAX_EMAIL, "people.field.email")
                .strip();
        if (email.isEmpty()) {
            email = null;
        } else if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("error.people.email-format");
        }
        if (form.roles().isEmpty()) {
            throw new InvalidInputException("error.people.roles-required");
        }
        Office office = null;
        if (form.officeId() != null) {
            office = findOffice(form.officeId());
            boolean unchanged = currentOffice != null && currentOffice.getId().equals(office.getId());
            if (!office.isActive() && !unchanged) {
                throw new InvalidInputException("error.people.office-inactive", office.getName());
            }
        }
        if (office == null && form.roles().stream().anyMatch(OFFICE_ROLES::contains)) {
            throw new InvalidInputException("error.people.office-required");
        }
        return new Checked(displayName, email, office, EnumSet.copyOf(form.roles()));
    }

    private static String describe(Checked checked) {
        return "roles=" + checked.roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")) + "; office="
                + (checked.office == null ? "-" : checked.office.getCode());
    }

    private Actor requireAdmin(String action, String target) {
        Actor actor = currentUser.require();
        if (!actor.has(Role.ADMIN)) {
            events.publishEvent(AuditEvent.refused(actor.username(), action, target, null));
            throw new AccessDeniedException();
        }
        return actor;
    }
}
