package com.reportflow.monitoring;

import com.reportflow.directory.Actor;
import com.reportflow.directory.CurrentUser;
import com.reportflow.directory.Role;
import com.reportflow.shared.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may read the monitoring section: the admin and the coordinator, checked first by every read of it. */
@Component
class MonitorAccess {

    private final CurrentUser currentUser;

    MonitorAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Refuses anyone but the admin and the coordinator. */
    void require() {
        Actor actor = currentUser.require();
        if (!actor.has(Role.ADMIN) && !actor.has(Role.COORDINATOR)) {
            throw new AccessDeniedException();
        }
    }
}
