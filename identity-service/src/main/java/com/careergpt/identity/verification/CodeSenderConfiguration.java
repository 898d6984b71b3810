package com.careergpt.identity.verification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** SMTP when {@code spring.mail.host} is set (Boot then provides a {@link JavaMailSender}), the console otherwise. */
@Configuration(proxyBeanMethods = false)
class CodeSenderConfiguration {

    @Bean
    VerificationCodeSender verificationCodeSender(ObjectProvider<JavaMailSender> mailSender,
            VerificationProperties properties) {
        JavaMailSender smtp = mailSender.getIfAvailable();
        return smtp != null ? new SmtpVerificationCodeSender(smtp, properties.mailFrom())
                : new ConsoleVerificationCodeSender();
    }
}
