package kr.co.whaling.adapter.in.web.error;

import static org.springframework.http.HttpStatus.BAD_GATEWAY;
import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.INTERNAL_SERVER_ERROR;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE;
import static org.springframework.http.HttpStatus.UNAUTHORIZED;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.co.whaling.adapter.in.web.security.InvalidTokenException;
import kr.co.whaling.application.member.IdentityProviderUnavailableException;
import kr.co.whaling.application.member.LoginRefusedException;
import kr.co.whaling.application.member.MemberAlreadyRegisteredException;
import kr.co.whaling.domain.coin.PriceUnavailableException;
import kr.co.whaling.domain.member.NicknameTakenException;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.shared.DomainException;
import kr.co.whaling.domain.shared.InvalidValueException;
import kr.co.whaling.domain.shared.NotFoundException;
import kr.co.whaling.domain.vote.AlreadyAnsweredException;
import kr.co.whaling.domain.vote.VoteClosedException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.multipart.MultipartException;

/**
 * How the API answers each exception: status, detail message, blamed field, {@code WWW-Authenticate}.
 * An exception gets the row of its class or nearest listed superclass; anything unlisted is a 500. A
 * {@link DomainException} is told by its own code; Spring MVC's refusals are the handler's, not here.
 */
final class ProblemTable {

    private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

    /** One exception type's answer; {@code key} is null for a broken rule, the others null for none. */
    record Row(Class<? extends Throwable> type, HttpStatus status, String key, Function<Throwable, String> field,
               String challenge, String warning) {

        Row challenging(String header) {
            return new Row(type, status, key, field, header, warning);
        }

        Row warning(String logged) {
            return new Row(type, status, key, field, challenge, logged);
        }
    }

    static final Row UNEXPECTED = row(Exception.class, INTERNAL_SERVER_ERROR, "server.error");

    private static final Map<Class<? extends Throwable>, Row> ROWS = List.of(
            // Broken game rules.
            rule(InvalidValueException.class, BAD_REQUEST, InvalidValueException::field),
            rule(NotEnoughPointsException.class, BAD_REQUEST, refusal -> "points"),
            rule(VoteClosedException.class, BAD_REQUEST),
            rule(AlreadyAnsweredException.class, CONFLICT),
            rule(NicknameTakenException.class, CONFLICT, refusal -> "nickname"),
            rule(NotFoundException.class, NOT_FOUND),
            rule(PriceUnavailableException.class, SERVICE_UNAVAILABLE).warning("Refused for want of a fresh price"),
            rule(DomainException.class, BAD_REQUEST),
            // Login. (A price source failure reaches the web only as the domain's PriceUnavailableException.)
            row(LoginRefusedException.class, UNAUTHORIZED, "login.refused"),
            row(IdentityProviderUnavailableException.class, BAD_GATEWAY, "login.provider-unavailable")
                    .warning("Kakao unavailable during login"),
            row(MemberAlreadyRegisteredException.class, CONFLICT, "login.conflict"),
            // Tokens and access, from the controllers and the security filters.
            row(InvalidTokenException.class, UNAUTHORIZED, "auth.token.invalid").challenging(INVALID_TOKEN),
            row(OAuth2AuthenticationException.class, UNAUTHORIZED, "auth.token.invalid").challenging(INVALID_TOKEN),
            row(AuthenticationException.class, UNAUTHORIZED, "auth.required").challenging("Bearer"),
            row(AccessDeniedException.class, FORBIDDEN, "auth.forbidden"),
            // Requests that cannot be read: a malformed %-escape, a broken multipart body, a firewall refusal.
            row(InvalidParameterException.class, BAD_REQUEST, "request.malformed-query"),
            row(MultipartException.class, BAD_REQUEST, "request.malformed"),
            row(RequestRejectedException.class, BAD_REQUEST, "request.rejected"),
            UNEXPECTED)
            .stream().collect(Collectors.toUnmodifiableMap(Row::type, Function.identity()));

    /** Request fields whose JSON name differs from the Java name bean validation reports. */
    private static final Map<String, String> JSON_NAMES = Map.of(
            "coinCode", "coin_code",
            "redirectUri", "redirect_uri",
            "refreshToken", "refresh_token");

    /** The row of the exception's class, else of its nearest listed superclass. */
    static Row rowOf(Throwable exception) {
        for (Class<?> type = exception.getClass(); type != null; type = type.getSuperclass()) {
            Row row = ROWS.get(type);
            if (row != null) {
                return row;
            }
        }
        return UNEXPECTED;
    }

    static String jsonName(String javaName) {
        return JSON_NAMES.getOrDefault(javaName, javaName);
    }

    /** A status's translated title; its reason phrase, or else its number, where the bundle has none. */
    static String title(MessageSource messages, int status, Locale locale) {
        HttpStatus known = HttpStatus.resolve(status);
        String fallback = known == null ? Integer.toString(status) : known.getReasonPhrase();
        return messages.getMessage("problem.title." + status, null, fallback, locale);
    }

    private static Row row(Class<? extends Throwable> type, HttpStatus status, String key) {
        return new Row(type, status, key, exception -> null, null, null);
    }

    private static Row rule(Class<? extends DomainException> type, HttpStatus status) {
        return new Row(type, status, null, exception -> null, null, null);
    }

    private static <T extends DomainException> Row rule(Class<T> type, HttpStatus status, Function<T, String> field) {
        return new Row(type, status, null, exception -> field.apply(type.cast(exception)), null, null);
    }
}
