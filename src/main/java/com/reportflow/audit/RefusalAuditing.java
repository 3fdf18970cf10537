package com.reportflow.audit;

import com.reportflow.shared.AccessDeniedException;
import com.reportflow.shared.AuditEvent;
import java.util.StringJoiner;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records every refused access: when an {@link AccessDeniedException} leaves a public method of one of our services,
 * components or controllers. Only the outermost such call counts, so a refusal is one entry however deep the check
 * sat — and a refusal that an outer call catches and handles (a "may they see this?" probe) is no refusal at all.
 * The audit module's own beans are left out, all but the admin's AuditService.
 */
@Aspect
@Component
class RefusalAuditing {

    private static final Logger log = LoggerFactory.getLogger(RefusalAuditing.class);
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final AuditTrail trail;

    RefusalAuditing(AuditTrail trail) {
        this.trail = trail;
    }

    @Around("execution(public * com.reportflow..*(..))"
            + " && (@within(org.springframework.stereotype.Service)"
            + " || @within(org.springframework.stereotype.Component)"
            + " || @within(org.springframework.stereotype.Controller))"
            + " && (!within(com.reportflow.audit..*) || within(com.reportflow.audit.AuditService))")
    Object recordRefusal(ProceedingJoinPoint call) throws Throwable {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            return call.proceed();
        } catch (AccessDeniedException e) {
            if (depth[0] == 1) {
                record(call);
            }
            throw e;
        } finally {
            if (--depth[0] == 0) {
                DEPTH.remove();
            }
        }
    }

    private void record(ProceedingJoinPoint call) {
        MethodSignature signature = (MethodSignature) call.getSignature();
        String method = signature.getDeclaringType().getSimpleName() + "." + signature.getName();
        try {
            trail.record(AuditEvent.refused(
                    currentUsername(), "ACCESS_DENIED", ids(signature.getParameterNames(), call.getArgs()), method));
        } catch (RuntimeException e) {
            // The refusal itself must still reach the person; a trail that cannot be written is an operations alarm.
            log.error("Could not record the refused call {}", method, e);
        }
    }

    /** The ids among the arguments, as {@code kind:id} joined by commas: reportId 12 → {@code report:12}. */
    static String ids(String[] names, Object[] args) {
        StringJoiner ids = new StringJoiner(",");
        ids.setEmptyValue("");
        for (int i = 0; i < args.length && names != null && i < names.length; i++) {
            String name = names[i];
            Object value = args[i];
            if (!(value instanceof Number || value instanceof CharSequence)) {
                continue;
            }
            if (name.equals("id")) {
                ids.add("id:" + value);
            } else if (name.endsWith("Id") && name.length() > 2) {
                ids.add(name.substring(0, name.length() - 2) + ":" + value);
            } else if (name.equals("username")) {
                ids.add("user:" + value);
            }
        }
        String joined = ids.toString();
        return joined.isEmpty() ? null : joined;
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }
}
