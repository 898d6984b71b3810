package com.careergpt.service.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandlerComposite;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Notes on the request when a {@link GuestAction} method has returned normally, i.e. the action ran, before its
 * answer is written. A guest's free action is then spent even if writing the answer fails (a 406 for an
 * {@code Accept} the endpoint cannot serve, a client gone): only a request that never ran gets it back.
 */
class ActionCompletion implements HandlerMethodReturnValueHandler {

    static final String ATTRIBUTE = ActionCompletion.class.getName() + ".ran";

    private final HandlerMethodReturnValueHandlerComposite handlers = new HandlerMethodReturnValueHandlerComposite();

    ActionCompletion(List<HandlerMethodReturnValueHandler> handlers) {
        this.handlers.addHandlers(handlers);
    }

    static boolean ran(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
    }

    @Override
    public boolean supportsReturnType(MethodParameter returnType) {
        return handlers.supportsReturnType(returnType);
    }

    @Override
    public void handleReturnValue(Object returnValue, MethodParameter returnType, ModelAndViewContainer container,
            NativeWebRequest request) throws Exception {
        if (returnType.hasMethodAnnotation(GuestAction.class)) {
            request.setAttribute(ATTRIBUTE, Boolean.TRUE, NativeWebRequest.SCOPE_REQUEST);
        }
        handlers.handleReturnValue(returnValue, returnType, container, request);
    }

    /** Puts an {@link ActionCompletion} in front of Spring MVC's own return value handlers. */
    static BeanPostProcessor installer() {
        return new BeanPostProcessor() {

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getReturnValueHandlers() != null) {
                    List<HandlerMethodReturnValueHandler> wrapped = new ArrayList<>();
                    wrapped.add(new ActionCompletion(adapter.getReturnValueHandlers()));
                    adapter.setReturnValueHandlers(wrapped);
                }
                return bean;
            }
        };
    }
}
