package com.careergpt.identity.verification;

import java.time.Duration;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends the code by email through the SMTP server of {@code spring.mail.*}. */
class SmtpVerificationCodeSender implements VerificationCodeSender {

    private final JavaMailSender mailSender;
    private final String from;

    SmtpVerificationCodeSender(JavaMailSender mailSender, String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    @Override
    public void send(String email, String code, Duration validFor) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject("Your CareerGPT code: " + code);
        message.setText("Your CareerGPT verification code is " + code + ".\n\n"
                + "It is valid for " + validFor.toMinutes() + " minutes. If you did not ask for it, ignore this email.\n");
        mailSender.send(message);
    }
}
