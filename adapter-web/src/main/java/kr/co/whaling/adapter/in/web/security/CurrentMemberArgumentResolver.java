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
        Optional<MemberId> member = currentMember();
        if (parameter.getParameterType() == Optional.class) {
            return member;
        }
        return member.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no access token"));
    }

    /** The member of the current request's access token, if it carried a valid one. */
    static Optional<MemberId> currentMember() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt && jwt.isAuthenticated()) {
            // The subject was checked to be a positive id when the token was decoded.
            return Optional.of(new MemberId(Long.parseLong(jwt.getToken().getSubject())));
        }
        return Optional.empty();
    }
}
