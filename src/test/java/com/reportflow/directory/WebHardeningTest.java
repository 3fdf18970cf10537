package com.reportflow.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The headers and cookies a browser gets, through the real server and filter chain: the login form wants its CSRF
 * token, the session cookie is SameSite (and Secure behind HTTPS), every page carries a Content-Security-Policy (a
 * strict one on the public site), a Referrer-Policy and nosniff.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:web-endpoints;DB_CLOSE_DELAY=-1")
class WebHardeningTest {

    @LocalServerPort
    int port;

    @Test
    void a_sign_in_posted_without_the_login_pages_csrf_token_is_refused() {
        BrowserlessSession session = new BrowserlessSession(port);
        session.get("/login");

        HttpResponse<String> answer = session.postForm("/login", "username=coordinator&password=reportflow");

        assertThat(answer.statusCode()).isEqualTo(403);
        // Not signed in: the working pages still lead to the login.
        assertThat(session.get("/exports/reports/1.pdf")
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .endsWith("/login");
    }

    @Test
    void a_sign_in_with_the_token_the_login_page_carries_succeeds() {
        new BrowserlessSession(port).signIn("coordinator");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() {
        String cookie = sessionCookie(new BrowserlessSession(port).get("/login"));
        assertThat(cookie)
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
    }

    @Test
    void the_session_cookie_is_secure_when_a_proxy_says_the_browser_came_over_https() {
        String cookie = sessionCookie(new BrowserlessSession(port).get("/login", "X-Forwarded-Proto", "https"));
        assertThat(cookie).contains("Secure").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void every_page_carries_a_content_security_policy_a_referrer_policy_and_nosniff() {
        BrowserlessSession session = new BrowserlessSession(port);
        for (String path : List.of("/login", "/public/reports", "/public/feed.atom", "/public/reports/987654321")) {
            HttpResponse<String> answer = session.get(path);
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .isPresent();
            assertThat(answer.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("strict-origin-when-cross-origin");
            assertThat(answer.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
        }
    }

    @Test
    void the_public_site_gets_a_strict_policy_without_scripts_and_the_app_only_what_vaadin_needs() {
        BrowserlessSession session = new BrowserlessSession(port);
        String publicPolicy = session.get("/public/reports")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();
        assertThat(publicPolicy)
                .contains("default-src 'none'")
                .contains("style-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("script-src")
                .doesNotContain("unsafe");
        String appPolicy = session.get("/login")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();
        assertThat(appPolicy)
                .contains("default-src 'self'")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'self'")
                .doesNotContain("http:")
                .doesNotContain("*");
    }

    private static String sessionCookie(HttpResponse<?> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers()));
    }
}
