package com.reportflow.audit;

import com.reportflow.shared.AuditEvent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Records a signed-in person's navigation to a screen their roles do not open, by the same access annotations
 * Vaadin's navigation access control enforces. A visitor who is not signed in is sent to the login: not recorded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NavigationAuditing implements VaadinServiceInitListener {

    private final AuditTrail trail;
    private final AccessAnnotationChecker access = new AccessAnnotationChecker();

    NavigationAuditing(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        Principal principal = request == null ? null : request.getUserPrincipal();
        Class<?> target = event.getNavigationTarget();
        if (principal == null || target == null || access.hasAccess(target, request.getHttpServletRequest())) {
            return;
        }
        trail.record(AuditEvent.refused(
                principal.getName(),
                "NAVIGATION_DENIED",
                "route:" + event.getLocation().getPath(),
                target.getSimpleName()));
    }
}
