package com.reportflow.directory;

import com.reportflow.shared.UserFacingException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps a person whose password was set by an admin on the password page until they have chosen their own: a
 * temporary password is known to someone else.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    static final String PASSWORD_ROUTE = "account/password";
    private static final Set<String> ALLOWED = Set.of(PASSWORD_ROUTE, "login", "setup");

    private final AccountService account;

    PasswordChangeGuard(AccountService account) {
        this.account = account;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || ALLOWED.contains(event.getLocation().getPath())
                // An error view must render without the database (it may be what is gone) and reroutes nobody.
                || HasErrorParameter.class.isAssignableFrom(event.getNavigationTarget())) {
            return;
        }
        try {
            if (account.mustChangePassword()) {
                event.rerouteTo(PASSWORD_ROUTE);
            }
        } catch (UserFacingException e) {
            // A deactivated person: the screen's own service refuses them; nothing to steer here.
        }
    }
}
