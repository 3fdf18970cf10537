package com.reportflow.directory;

import com.reportflow.shared.AuditEvent;
import com.reportflow.shared.ConflictRetry;
import com.reportflow.shared.InvalidInputException;
import com.reportflow.shared.TextInput;
import com.reportflow.shared.UserFacingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first admin of a directory that starts empty (production, without demo data): created at start-up from
 * {@code reportflow.setup.admin-username} / {@code admin-password} when they are set and no admin exists, or else
 * once, through the anonymous setup screen, which is open only while there is nobody at all.
 */
@Service
@Order(100)
class FirstAdminSetup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdminSetup.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final ConflictRetry retry;
    private final Clock clock;
    private final String configuredUsername;
    private final String configuredPassword;

    FirstAdminSetup(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            ConflictRetry retry,
            Clock clock,
            @Value("${reportflow.setup.admin-username:}") String configuredUsername,
            @Value("${reportflow.setup.admin-password:}") String configuredPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.events = events;
        this.retry = retry;
        this.clock = clock;
        this.configuredUsername = configuredUsername;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!configuredUsername.isBlank()) {
            createFromConfiguration(configuredUsername, configuredPassword);
        }
    }

    /**
     * Creates the configured admin unless an active admin exists; a password that breaks the strength rules stops
     * the start-up with the rule's key. Returns whether an admin was created.
     */
    boolean createFromConfiguration(String username, String password) {
        return retry.inTransaction(() -> {
            boolean adminExists = users.findAllByEnabledTrueOrderByUsername().stream()
                    .anyMatch(u -> u.getRoles().contains(Role.ADMIN));
            if (adminExists) {
                LOG.info("reportflow.setup.admin-username is set but an admin exists already: nothing created");
                return false;
            }
            if (users.findByUsername(username).isPresent()) {
                throw new IllegalStateException("reportflow.setup.admin-username '" + username
                        + "' belongs to an existing person who is not an active admin");
            }
            checkUsername(username);
            try {
                PasswordRules.check(password, username);
            } catch (InvalidInputException e) {
                throw new IllegalStateException(
                        "reportflow.setup.admin-password breaks a strength rule: " + e.messageKey(), e);
            }
            createAdmin(username, username, password, false, "configuration");
            LOG.info("First admin '{}' created from configuration", username);
            return true;
        });
    }

    /** Whether the setup screen is open: nobody exists yet. */
    @Transactional(readOnly = true)
    public boolean needed() {
        return users.count() == 0;
    }

    /**
     * Creates the first admin from the setup screen, once: refused as soon as anybody exists. Two setups racing on
     * an empty directory both insert the single setup row; the database lets one of them commit.
     */
    public void createFirstAdmin(String username, String displayName, String password, String repeated) {
        String checkedUsername = checkUsername(username);
        String checkedName = TextInput.line(displayName, PeopleAdmin.MAX_DISPLAY_NAME, "people.field.display-name");
        PasswordRules.check(password, checkedUsername);
        if (!password.equals(repeated)) {
            throw new InvalidInputException("error.password.repeat-differs");
        }
        try {
            retry.inTransaction(() -> {
                if (users.count() > 0) {
                    throw new UserFacingException("error.setup.done");
                }
                jdbc.update(
                        "insert into first_admin_setup (id, username, created_at) values (1, ?, ?)",
                        checkedUsername,
                        Timestamp.from(clock.instant()));
                createAdmin(checkedUsername, checkedName, password, false, "setup screen");
            });
        } catch (DataIntegrityViolationException e) {
            throw new UserFacingException("error.setup.done");
        }
    }

    private void createAdmin(String username, String displayName, String password, boolean mustChange, String how) {
        AppUser admin =
                new AppUser(username, displayName, passwordEncoder.encode(password), null, Set.of(Role.ADMIN), null);
        admin.setPassword(admin.getPasswordHash(), mustChange, clock.instant());
        users.saveAndFlush(admin);
        events.publishEvent(AuditEvent.done(null, "FIRST_ADMIN_CREATED", "user:" + username, how));
    }

    private static String checkUsername(String username) {
        String checked = TextInput.line(username, PeopleAdmin.MAX_USERNAME, "people.field.username");
        if (!USERNAME.matcher(checked).matches()) {
            throw new InvalidInputException(
                    "error.people.username-format", PeopleAdmin.MIN_USERNAME, PeopleAdmin.MAX_USERNAME);
        }
        return checked;
    }
}
