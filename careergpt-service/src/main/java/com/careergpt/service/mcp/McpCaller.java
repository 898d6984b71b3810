package com.careergpt.service.mcp;

import java.util.Map;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.common.web.RequestFailure;
import com.careergpt.service.security.Caller;
import com.careergpt.service.security.GuestAction;

import io.modelcontextprotocol.common.McpTransportContext;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.function.ServerRequest;

/**
 * Who sent an MCP message, and the HTTP request that carried it: taken from the request when the transport reads it
 * ({@link #extract}), so a tool answers for the token of the very request that called it. Marks on the request what
 * the request log should know: that an action was admitted, or why the call failed.
 */
record McpCaller(Caller caller, HttpServletRequest request) {

    private static final String CALLER = "careergpt.caller";
    private static final String REQUEST = "careergpt.request";

    static McpTransportContext extract(ServerRequest request) {
        HttpServletRequest servletRequest = request.servletRequest();
        return McpTransportContext.create(Map.of(CALLER, Caller.of(servletRequest), REQUEST, servletRequest));
    }

    /** The caller of the message: only verified users pass the security chain; a context without one is refused. */
    static McpCaller of(McpTransportContext context) {
        if (context != null && context.get(CALLER) instanceof Caller caller && caller.isVerified()
                && context.get(REQUEST) instanceof HttpServletRequest request) {
            return new McpCaller(caller, request);
        }
        throw new ProblemException(ProblemType.TOKEN_REQUIRED, "Send Authorization: Bearer <access token> of a verified account.");
    }

    String userId() {
        return caller.userId();
    }

    void actionAdmitted() {
        request.setAttribute(GuestAction.ADMITTED_ATTRIBUTE, Boolean.TRUE);
    }

    RequestFailure failed(String problemType, String detail, Throwable cause) {
        RequestFailure failure = new RequestFailure(problemType, detail, cause);
        request.setAttribute(RequestFailure.ATTRIBUTE, failure);
        return failure;
    }
}
