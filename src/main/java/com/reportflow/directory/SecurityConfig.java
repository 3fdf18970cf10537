package com.reportflow.directory;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginLockout lockout, RequestUtil vaadinRequests)
            throws Exception {
        // The error dispatch of a permitted request (a public page's 404) must not send the visitor to the login.
        // Chart.js (the monitoring charts) is a published library from its WebJar: nothing of ours is in it, and
        // Vaadin's rules otherwise refuse every path that is not one of its own. The working document's downloads
        // need a signed-in person; which person may read which report is the export service's decision, so a
        // refusal is audited and answered with a page the person can read.
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers("/public/**", "/styles/**", "/webjars/chart.js/**")
                .permitAll()
                .requestMatchers("/exports/**")
                .authenticated());
        // Vaadin would exempt its login form from CSRF protection (login CSRF); its form sends the token from the
        // page's meta tags, so only Vaadin's own requests, which carry Vaadin's token, are exempt here.
        // An address that is no screen reaches Vaadin's router for a signed-in person, so they read 页面不存在 inside
        // the frame; Vaadin's default (deny every other path) answered it with 无权访问. There is no other endpoint:
        // every controller path is matched above, and each screen keeps its own access rule.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(any -> any.authenticated())
                .enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Vaadin's login page keeps a failure handler set here; it tells a locked account from a wrong password.
        http.formLogin(form -> form.failureHandler((request, response, exception) -> {
            boolean locked = exception instanceof LockedException || lockout.isLocked(request.getParameter("username"));
            response.sendRedirect(request.getContextPath() + "/login?" + (locked ? LoginView.LOCKED : "error"));
        }));
        http.headers(headers -> WebHeaders.apply(headers));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AppUserRepository users, Clock clock) {
        return username -> users.findByUsername(username)
                .map(user -> User.withUsername(user.getUsername())
                        .password(user.getPasswordHash())
                        .disabled(!user.isEnabled())
                        .accountLocked(user.isLocked(clock.instant()))
                        .roles(user.getRoles().stream().map(Role::name).toArray(String[]::new))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
