package com.reportflow.directory;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Offices and people, as the other features need them. */
@Service
public class Directory {

    private final OfficeRepository offices;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    Directory(OfficeRepository offices, AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.offices = offices;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** The offices that take work: deactivated ones are left out of every choice of office. */
    @Transactional(readOnly = true)
    public List<Office> offices() {
        return offices.findAllByOrderByCode().stream().filter(Office::isActive).toList();
    }

    /** An office that takes work; empty for a deactivated one, so no section is assigned to it. */
    @Transactional(readOnly = true)
    public Optional<Office> office(long id) {
        return offices.findById(id).filter(Office::isActive);
    }

    @Transactional(readOnly = true)
    public Optional<Office> officeByCode(String code) {
        return offices.findByCode(code);
    }

    @Transactional(readOnly = true)
    public Optional<Actor> actor(String username) {
        return users.findByUsername(username).filter(AppUser::isEnabled).map(AppUser::toActor);
    }

    @Transactional(readOnly = true)
    public String displayName(String username) {
        return users.findByUsername(username).map(AppUser::getDisplayName).orElse(username);
    }

    @Transactional
    public Office createOffice(String code, String name) {
        return offices.save(new Office(code, name));
    }

    /**
     * The enabled people who belong to any of the workflow's candidate groups, by the same rule the inbox uses
     * ({@link Actor#groups()}), ordered by username.
     */
    @Transactional(readOnly = true)
    public List<Actor> members(Collection<String> groups) {
        return users.findAllByEnabledTrueOrderByUsername().stream()
                .map(AppUser::toActor)
                .filter(actor -> actor.groups().stream().anyMatch(groups::contains))
                .toList();
    }

    /** The enabled people and the candidate groups they make up, in one read. */
    @Transactional(readOnly = true)
    public ActiveMembers activeMembers() {
        Set<String> people = new HashSet<>();
        Set<String> groups = new HashSet<>();
        for (AppUser user : users.findAllByEnabledTrueOrderByUsername()) {
            Actor actor = user.toActor();
            people.add(actor.username());
            groups.addAll(actor.groups());
        }
        return new ActiveMembers(people, groups);
    }

    /** The person's mail address, if they are enabled and have one. */
    @Transactional(readOnly = true)
    public Optional<String> email(String username) {
        return users.findByUsername(username)
                .filter(AppUser::isEnabled)
                .map(AppUser::getEmail)
                .filter(email -> !email.isBlank());
    }

    @Transactional
    public AppUser createUser(String username, String displayName, String rawPassword, Office office, Set<Role> roles) {
        return createUser(username, displayName, rawPassword, office, roles, null);
    }

    @Transactional
    public AppUser createUser(
            String username, String displayName, String rawPassword, Office office, Set<Role> roles, String email) {
        return users.save(
                new AppUser(username, displayName, passwordEncoder.encode(rawPassword), office, roles, email));
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }
}
