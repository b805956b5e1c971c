package org.dudao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link ApiAccess} in front of every {@code /api} endpoint (web slice tests run without it). */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<ApiAccess> apiAccess;

    WebConfiguration(ObjectProvider<ApiAccess> apiAccess) {
        this.apiAccess = apiAccess;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        apiAccess.ifAvailable(access -> registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                access.check(request);
                return true;
            }
        }).addPathPatterns("/api/**"));
    }
}
