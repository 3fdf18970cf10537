package com.reportflow.directory;

import com.reportflow.shared.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person, read afresh from the directory so that a changed role counts at once. */
@Component
public class CurrentUser {

    private final Directory directory;

    CurrentUser(Directory directory) {
        this.directory = directory;
    }

    public Actor require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            throw new AccessDeniedException();
        }
        return directory.actor(authentication.getName()).orElseThrow(AccessDeniedException::new);
    }
}
