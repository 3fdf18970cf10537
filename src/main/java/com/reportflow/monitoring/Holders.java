package com.reportflow.monitoring;

import com.reportflow.directory.CandidateGroups;
import com.reportflow.directory.Directory;
import com.reportflow.directory.Office;
import com.reportflow.directory.Role;
import com.reportflow.workflow.WorkItem;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Who holds an open task, or who may take it: the person it is assigned to; else its candidate groups (a role by the
 * role's name, an office by its name) and the people named for it (the other heads, for a head's own draft), joined
 * by {@link #SEPARATOR}.
 */
@Component
class Holders {

    /** Between the groups and people that may take a task. */
    static final String SEPARATOR = "、";

    private final Directory directory;

    Holders(Directory directory) {
        this.directory = directory;
    }

    /**
     * Who holds each task, by task id, with one reading of the offices and one of each person: naming holders task
     * by task read the directory once per cell.
     */
    Map<String, String> byTask(Collection<WorkItem> tasks) {
        Map<String, String> officeNames = new HashMap<>();
        for (Office office : directory.offices()) {
            officeNames.put(office.getCode(), office.getName());
        }
        Map<String, String> people = new HashMap<>();
        Map<String, String> holders = new HashMap<>();
        for (WorkItem task : tasks) {
            holders.put(
                    task.taskId(),
                    holderOf(
                            task,
                            code -> officeNames.getOrDefault(code, code),
                            user -> people.computeIfAbsent(user, directory::displayName)));
        }
        return holders;
    }

    /** Who holds one task, read from the directory. */
    String of(WorkItem task) {
        return holderOf(
                task, code -> directory.officeByCode(code).map(Office::getName).orElse(code), directory::displayName);
    }

    /** Whether the holder names a role group (by the role's name, as {@link #byTask} writes it) among the roles. */
    static boolean heldByRole(String holder, Set<Role> roles) {
        if (holder == null || roles.isEmpty()) {
            return false;
        }
        for (String part : holder.split(SEPARATOR)) {
            for (Role role : roles) {
                if (role.name().equals(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String holderOf(
            WorkItem task, Function<String, String> officeName, Function<String, String> personName) {
        if (task.assignee() != null) {
            return personName.apply(task.assignee());
        }
        return Stream.concat(
                        task.candidateGroups().stream().sorted().map(group -> groupName(group, officeName)),
                        task.candidateUsers().stream().sorted().map(personName))
                .collect(Collectors.joining(SEPARATOR));
    }

    private static String groupName(String group, Function<String, String> officeName) {
        Role role = CandidateGroups.roleOf(group);
        if (role != null) {
            return role.name();
        }
        String code = CandidateGroups.officeCodeOf(group);
        return code == null ? group : officeName.apply(code);
    }
}
