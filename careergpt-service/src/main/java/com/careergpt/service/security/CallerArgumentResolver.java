package com.careergpt.service.security;

import com.careergpt.service.gateway.IdentityClient;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the {@link Caller} with a known user id: for a guest that has not acted in this request,
 * identity-service is asked who the cookie is (reads are free, but must still be someone's).
 */
@Component
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    private final IdentityClient identity;

    CallerArgumentResolver(IdentityClient identity) {
        this.identity = identity;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Caller caller = Caller.of(request);
        return switch (caller.kind()) {
            case VERIFIED -> caller;
            case ANONYMOUS -> throw AccessProblems.identityRequired();
            case GUEST -> {
                if (caller.userId() != null) {
                    yield caller;
                }
                Caller resolved = identity.resolve(caller.identityCookie())
                        .map(found -> caller.withIdentity(found.userId(), found.state()))
                        .orElseThrow(AccessProblems::identityRequired);
                if (!"guest".equals(resolved.state()) && !"email_collected".equals(resolved.state())) {
                    throw AccessProblems.signInRequired(resolved);
                }
                Caller.attach(request, resolved);
                yield resolved;
            }
        };
    }
}
