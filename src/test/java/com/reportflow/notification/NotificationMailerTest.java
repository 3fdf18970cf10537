package com.reportflow.notification;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class NotificationMailerTest {

    @Test
    void a_mail_server_that_cannot_be_reached_is_logged_and_does_not_fail_the_timer_job() throws IOException {
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(closedPort());
        Properties timeouts = new Properties();
        timeouts.put("mail.smtp.connectiontimeout", "2000");
        unreachable.setJavaMailProperties(timeouts);
        NotificationMailer mailer = new NotificationMailer(Optional.of(unreachable), "reportflow@reportflow.example");

        assertThatCode(() -> mailer.send(new AlertMail("author@reportflow.example", "【到期提醒】", "正文")))
                .doesNotThrowAnyException();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
