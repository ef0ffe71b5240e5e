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
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.multipart.MultipartException;

/**
 * The one table of how the API answers an exception: its HTTP status, the message of its
 * {@code detail}, the request field its {@code errors} names, and for a 401 the
 * {@code WWW-Authenticate} challenge. An exception gets the row of its own class or, failing that,
 * of its nearest listed superclass; anything unlisted is a 500. A broken game rule
 * ({@link DomainException}) is told by its own {@link DomainException#code()} and arguments, every
 * other exception by its row's message key. Spring MVC's own refusals (unreadable body, missing or
 * mistyped parameter, unknown path, wrong method...) are not here but in
 * {@link ProblemDetailsExceptionHandler}'s {@code handleExceptionInternal}.
 */
final class ProblemTable {

    private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

    /**
     * How one exception type is answered.
     *
     * @param key the message key of the detail; null for a broken rule, told by its own code
     * @param field the request field the exception blames in {@code errors}, or null for none
     * @param challenge the {@code WWW-Authenticate} header, or null for none
     * @param warning the warning logged before the message of the exception, or null for none
     *                (the 500 of an unexpected exception always logs it with its stack trace)
     */
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
            // Login. (A price source failure never reaches the web: use cases turn it into the domain's
            // PriceUnavailableException, or it stays in the jobs.)
            row(LoginRefusedException.class, UNAUTHORIZED, "login.refused"),
            row(IdentityProviderUnavailableException.class, BAD_GATEWAY, "login.provider-unavailable")
                    .warning("Kakao unavailable during login"),
            row(MemberAlreadyRegisteredException.class, CONFLICT, "login.conflict"),
            // Tokens and access, from the controllers and from the security filters (ProblemDetailsSecurityHandler).
            row(InvalidTokenException.class, UNAUTHORIZED, "auth.token.invalid").challenging(INVALID_TOKEN),
            row(OAuth2AuthenticationException.class, UNAUTHORIZED, "auth.token.invalid").challenging(INVALID_TOKEN),
            row(AuthenticationException.class, UNAUTHORIZED, "auth.required").challenging("Bearer"),
            row(AccessDeniedException.class, FORBIDDEN, "auth.forbidden"),
            // Requests that cannot even be read: a query with a malformed %-escape (Tomcat refuses to decode
            // it whichever endpoint it was sent to), a multipart body that is none, a path or header the
            // firewall refuses.
            row(InvalidParameterException.class, BAD_REQUEST, "request.malformed-query"),
            row(MultipartException.class, BAD_REQUEST, "request.malformed"),
            row(RequestRejectedException.class, BAD_REQUEST, "request.rejected"),
            UNEXPECTED)
            .stream().collect(Collectors.toUnmodifiableMap(Row::type, Function.identity()));

    /**
     * Request fields whose JSON name differs from their Java name, as bean validation reports them;
     * every other field is spelt the same in both.
     */
    private static final Map<String, String> JSON_NAMES = Map.of(
            "coinCode", "coin_code",
            "redirectUri", "redirect_uri",
            "refreshToken", "refresh_token");

    private ProblemTable() {
    }

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

    /** The JSON name of a request field bean validation names by its Java name. */
    static String jsonName(String javaName) {
        return JSON_NAMES.getOrDefault(javaName, javaName);
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
