package com.reportflow.monitoring;

import com.reportflow.directory.Role;
import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the monitoring screens word what the services return: holders with their roles named in the reader's
 * language, and durations in days.
 */
final class MonitoringTexts {

    private MonitoringTexts() {}

    /** The duration in days, to a tenth. */
    static double days(Duration duration) {
        return Math.round(duration.toMinutes() / 144.0) / 10.0;
    }

    /** The services name a role group by the role's name; show it in the reader's language. */
    static String holderName(Component context, String name) {
        if (name == null) {
            return "";
        }
        return Arrays.stream(name.split(Holders.SEPARATOR))
                .map(part -> roleOrName(context, part))
                .collect(Collectors.joining(Holders.SEPARATOR));
    }

    /** The roles whose name in the reader's language contains the text, for the holder filter. */
    static Set<Role> rolesNamed(Component context, String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        String wanted = text.strip();
        return Arrays.stream(Role.values())
                .filter(role -> roleName(context, role).contains(wanted))
                .collect(Collectors.toSet());
    }

    private static String roleOrName(Component context, String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return roleName(context, role);
            }
        }
        return name;
    }

    private static String roleName(Component context, Role role) {
        return context.getTranslation("monitoring.role." + role.name());
    }
}
