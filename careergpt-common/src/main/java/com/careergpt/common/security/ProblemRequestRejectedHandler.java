package com.careergpt.common.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.common.web.ProblemWriter;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A request Spring Security's {@code StrictHttpFirewall} refuses ({@code ;} path parameters, encoded slashes or
 * dots, {@code //}, backslashes, control characters, non-standard methods, ...) answers 400 {@code request-rejected}
 * before any filter or controller sees it, so no path a router might read differently reaches the application.
 */
public final class ProblemRequestRejectedHandler implements RequestRejectedHandler {


    private final ProblemWriter problems;

    public ProblemRequestRejectedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        problems.write(response, new ProblemException(ProblemType.REQUEST_REJECTED,
                "The request URL, method or headers are not accepted: use a plain path without ';' parameters, "
                        + "encoded '/', '\\\\', '.' or '%' characters, and printable ASCII headers."));
    }
}
