package com.careergpt.identity.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.system.CapturedOutput;

/** Reads verification codes from the console sender's output, as a person running the service would. */
public final class ConsoleCodes {

    private static final Pattern CODE_LINE = Pattern.compile("Verification code for (\\S+): (\\d{6})");

    private ConsoleCodes() {
    }

    /** The last code printed for this address. */
    public static String codeFor(CapturedOutput output, String email) {
        Matcher matcher = CODE_LINE.matcher(output.getOut());
        String code = null;
        while (matcher.find()) {
            if (matcher.group(1).equals(email)) {
                code = matcher.group(2);
            }
        }
        if (code == null) {
            throw new AssertionError("no code was printed for " + email);
        }
        return code;
    }
}
