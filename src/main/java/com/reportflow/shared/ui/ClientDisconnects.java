package com.reportflow.shared.ui;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * A person who leaves a page while a file or picture is still on its way (a download, the process diagram) breaks the
 * connection: nothing went wrong on our side, so it is logged at debug level and not as an ERROR an operator would
 * chase. Registered for forwards too, because Vaadin's servlet is reached by a forward and Tomcat logs a servlet's
 * exception at the forward before any outer filter could see it.
 */
class ClientDisconnects implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(ClientDisconnects.class);

    /**
     * The one registration of the filter (the filter itself is no bean, so Spring Boot does not register it a second
     * time for requests only).
     */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<ClientDisconnects> clientDisconnectsFilter() {
            FilterRegistrationBean<ClientDisconnects> registration =
                    new FilterRegistrationBean<>(new ClientDisconnects());
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ASYNC);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!gone(e)) {
                throw e;
            }
            LOG.debug("The client went away while it was being answered: {}", e.toString());
        }
    }

    /** Whether the throwable, or one of its causes, says the client closed the connection. */
    static boolean gone(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (DisconnectedClientHelper.isClientDisconnectedException(t)) {
                return true;
            }
        }
        return false;
    }
}
