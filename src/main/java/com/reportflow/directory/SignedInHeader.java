package com.reportflow.directory;

import com.reportflow.shared.ui.SignedInPerson;
import org.springframework.stereotype.Component;

/** Names the signed-in person in the frame's header. */
@Component
class SignedInHeader implements SignedInPerson {

    private final CurrentUser currentUser;

    SignedInHeader(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public String headerLabel() {
        Actor actor = currentUser.require();
        return actor.displayName() + (actor.officeName() == null ? "" : " · " + actor.officeName());
    }
}
