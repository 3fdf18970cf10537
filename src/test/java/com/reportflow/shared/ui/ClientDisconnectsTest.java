package com.reportflow.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A client that leaves while it is being answered is no error of ours (the shipped crawl saw an ERROR for a diagram
 * whose page it had left); every other failure still goes up to be handled and logged.
 */
class ClientDisconnectsTest {

    private final ClientDisconnects filter = new ClientDisconnects();

    @Test
    void a_broken_pipe_or_reset_connection_ends_quietly_even_when_wrapped() throws Exception {
        for (Exception gone : new Exception[] {
            new IOException("Broken pipe"),
            new IOException("Connection reset by peer"),
            new IllegalStateException("stream failed", new IOException("Broken pipe"))
        }) {
            filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
                throwUnchecked(gone);
            });
            assertThat(ClientDisconnects.gone(gone)).as(gone.toString()).isTrue();
        }
    }

    @Test
    void any_other_failure_still_goes_up() {
        assertThatThrownBy(() -> filter.doFilter(
                        new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
                            throw new IOException("Disk full");
                        }))
                .isInstanceOf(IOException.class)
                .hasMessage("Disk full");
        assertThatThrownBy(() -> filter.doFilter(
                        new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
                            throw new IllegalStateException("bug");
                        }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ClientDisconnects.gone(new IOException("Disk full"))).isFalse();
    }

    @Test
    void the_filter_is_registered_once_for_requests_and_forwards() {
        var registration = new ClientDisconnects.Registration().clientDisconnectsFilter();
        assertThat(registration.getFilter()).isInstanceOf(ClientDisconnects.class);
        assertThat(registration.determineDispatcherTypes())
                .contains(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.FORWARD);
        // The filter class is no Spring bean (Spring Boot would register a bean Filter a second time, for requests)
        assertThat(ClientDisconnects.class.isAnnotationPresent(
                                org.springframework.context.annotation.Configuration.class)
                        || ClientDisconnects.class.isAnnotationPresent(org.springframework.stereotype.Component.class))
                .isFalse();
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void throwUnchecked(Throwable e) throws E {
        throw (E) e;
    }
}
