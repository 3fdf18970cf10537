package com.reportflow.directory;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of every response. The public site is plain HTML and one stylesheet, so it gets a policy
 * that allows nothing else. The Vaadin app gets what Vaadin needs and no more: its bootstrap page carries inline
 * scripts, its client evaluates the JavaScript the server sends ({@code executeJs}), its components write inline
 * styles; everything else (Chart.js from its WebJar, diagrams, downloads) comes from this origin.
 */
final class WebHeaders {

    static final String CSP = "Content-Security-Policy";

    static final String PUBLIC_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'";

    static final String APP_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private WebHeaders() {}

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher publicSite = PathPatternRequestMatcher.withDefaults().matcher("/public/**");
        // Written before the request is handled: Vaadin's bootstrap page otherwise goes out without them.
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.frameOptions(frame -> frame.sameOrigin())
                .contentTypeOptions(nosniff -> {})
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        publicSite, new StaticHeadersWriter(CSP, PUBLIC_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(publicSite), new StaticHeadersWriter(CSP, APP_POLICY)));
    }
}
