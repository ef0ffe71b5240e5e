package kr.co.whaling.adapter.in.web.security;

import java.util.Optional;
import kr.co.whaling.domain.shared.MemberId;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@link CurrentMember} parameters from the authenticated JWT's subject. */
public class CurrentMemberArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        if (!parameter.hasParameterAnnotation(CurrentMember.class)) {
            return false;
        }
        Class<?> type = parameter.getParameterType();
        return type == MemberId.class
                || (type == Optional.class
                && ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve() == MemberId.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // The subject was checked to be a positive id when the token was decoded.
        Optional<MemberId> member = authentication instanceof JwtAuthenticationToken jwt && jwt.isAuthenticated()
                ? Optional.of(new MemberId(Long.parseLong(jwt.getToken().getSubject()))) : Optional.empty();
        return parameter.getParameterType() == Optional.class ? member
                : member.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no access token"));
    }
}
