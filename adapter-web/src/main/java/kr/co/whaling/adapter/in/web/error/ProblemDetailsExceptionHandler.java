package kr.co.whaling.adapter.in.web.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Field;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kr.co.whaling.adapter.in.web.security.InvalidTokenException;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place that turns exceptions into RFC 9457 Problem Details ({@code application/problem+json}):
 * {@code status}, a translated {@code title} and {@code detail}, and for refused fields an
 * {@code errors} object of JSON field name to message. Messages come from the {@code messages}
 * bundle (Korean by default, English for {@code Accept-Language: en}), keyed by
 * {@link DomainException#code()} for broken game rules.
 *
 * <p>Statuses: a refused value, too few points or a closed question 400; a missing or invalid token
 * 401; no access 403; unknown question or member 404; already answered or nickname taken 409; Kakao
 * unreachable 502; no fresh price 503; anything unexpected 500 without internals. Every problem is
 * written as {@code application/problem+json} whatever the request's {@code Accept} says. What Tomcat
 * answers before Spring sees a request is {@link ProblemJsonErrorReportValve}'s, and the container's
 * error page ({@link ProblemDetailsErrorController}) hands its errors back to this class.
 */
@RestControllerAdvice
public class ProblemDetailsExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsExceptionHandler.class);

    private final MessageSource messages;
    private final LocaleResolver localeResolver;

    public ProblemDetailsExceptionHandler(MessageSource messages, LocaleResolver localeResolver) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        setMessageSource(messages);
    }

    // ---- broken game rules ----

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<Object> invalidValue(InvalidValueException ex, HttpServletRequest request) {
        String detail = rule(ex, request);
        return problem(HttpStatus.BAD_REQUEST, detail, Map.of(ex.field(), detail), request);
    }

    @ExceptionHandler(NotEnoughPointsException.class)
    ResponseEntity<Object> notEnoughPoints(NotEnoughPointsException ex, HttpServletRequest request) {
        String detail = rule(ex, request);
        return problem(HttpStatus.BAD_REQUEST, detail, Map.of("points", detail), request);
    }

    @ExceptionHandler(VoteClosedException.class)
    ResponseEntity<Object> voteClosed(VoteClosedException ex, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, rule(ex, request), request);
    }

    @ExceptionHandler(AlreadyAnsweredException.class)
    ResponseEntity<Object> alreadyAnswered(AlreadyAnsweredException ex, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, rule(ex, request), request);
    }

    @ExceptionHandler(NicknameTakenException.class)
    ResponseEntity<Object> nicknameTaken(NicknameTakenException ex, HttpServletRequest request) {
        String detail = rule(ex, request);
        return problem(HttpStatus.CONFLICT, detail, Map.of("nickname", detail), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, rule(ex, request), request);
    }

    @ExceptionHandler(PriceUnavailableException.class)
    ResponseEntity<Object> priceUnavailable(PriceUnavailableException ex, HttpServletRequest request) {
        log.warn("Refused for want of a fresh price: {}", ex.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, rule(ex, request), request);
    }

    /** Any other broken rule: the request asked for something the rules refuse. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> otherRule(DomainException ex, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, rule(ex, request), request);
    }

    // ---- outside services ----

    @ExceptionHandler(LoginRefusedException.class)
    ResponseEntity<Object> loginRefused(LoginRefusedException ex, HttpServletRequest request) {
        return problem(HttpStatus.UNAUTHORIZED, message("login.refused", request), request);
    }

    @ExceptionHandler(IdentityProviderUnavailableException.class)
    ResponseEntity<Object> identityProviderUnavailable(IdentityProviderUnavailableException ex,
                                                       HttpServletRequest request) {
        log.warn("Kakao unavailable during login: {}", ex.getMessage());
        return problem(HttpStatus.BAD_GATEWAY, message("login.provider-unavailable", request), request);
    }

    @ExceptionHandler(MemberAlreadyRegisteredException.class)
    ResponseEntity<Object> concurrentSignup(MemberAlreadyRegisteredException ex, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, message("login.conflict", request), request);
    }

    @ExceptionHandler(PriceSourceUnavailableException.class)
    ResponseEntity<Object> priceSourceUnavailable(PriceSourceUnavailableException ex, HttpServletRequest request) {
        log.warn("Price source unavailable: {}", ex.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, message("price-source.unavailable", request), request);
    }

    // ---- security ----

    @ExceptionHandler(InvalidTokenException.class)
    ResponseEntity<Object> invalidToken(InvalidTokenException ex, HttpServletRequest request) {
        return unauthorized("auth.token.invalid", "error=\"invalid_token\"", request);
    }

    /** Reached from the security entry point too (no token, or a refused one on a protected call). */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException ex, HttpServletRequest request) {
        if (ex instanceof OAuth2AuthenticationException) {
            return unauthorized("auth.token.invalid", "error=\"invalid_token\"", request);
        }
        return unauthorized("auth.required", null, request);
    }

    /**
     * Requests that cannot even be read, by exception type, with the message each gets (all 400):
     * a query or form with a malformed percent-escape ({@code ?coin=%ZZ}: Tomcat refuses to decode it
     * when the parameters are first read, whichever endpoint it was sent to), a multipart body that is
     * no multipart, and a path or header the firewall refuses (see ProblemDetailsSecurityHandler).
     */
    private static final Map<Class<? extends Exception>, String> UNREADABLE = Map.of(
            InvalidParameterException.class, "request.malformed-query",
            MultipartException.class, "request.malformed",
            RequestRejectedException.class, "request.rejected");

    @ExceptionHandler({InvalidParameterException.class, MultipartException.class, RequestRejectedException.class})
    ResponseEntity<Object> unreadable(Exception ex, HttpServletRequest request) {
        String code = UNREADABLE.entrySet().stream()
                .filter(entry -> entry.getKey().isInstance(ex))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("request.malformed");
        return problem(HttpStatus.BAD_REQUEST, message(code, request), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException ex, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, message("auth.forbidden", request), request);
    }

    // ---- anything else ----

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, message("server.error", request), request);
    }

    // ---- malformed requests (Spring MVC) ----

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest webRequest) {
        HttpServletRequest request = servlet(webRequest);
        Object target = ex.getBindingResult().getTarget();
        Map<String, String> errors = fieldErrors(target == null ? null : target.getClass(),
                ex.getBindingResult().getAllErrors(), request);
        return problem(HttpStatus.BAD_REQUEST, message("request.invalid", request), errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest webRequest) {
        HttpServletRequest request = servlet(webRequest);
        Map<String, String> errors = new LinkedHashMap<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bean) {
                Class<?> type = bean.getMethodParameter().getParameterType();
                errors.putAll(fieldErrors(type, bean.getAllErrors(), request));
            } else {
                String name = parameterName(result.getMethodParameter());
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    errors.putIfAbsent(name, resolve(error, request));
                }
            }
        }
        return problem(HttpStatus.BAD_REQUEST, message("request.invalid", request), errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest webRequest) {
        HttpServletRequest request = servlet(webRequest);
        JacksonException jackson = findCause(ex, JacksonException.class);
        if (jackson instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = jsonPath(mismatch.getPath());
            String fieldMessage = mismatch instanceof InvalidFormatException invalid
                    ? valueMessage(invalid.getValue(), invalid.getTargetType(), request)
                    : message("request.invalid-type", request);
            return problem(HttpStatus.BAD_REQUEST, message("request.invalid", request),
                    Map.of(field, fieldMessage), request);
        }
        return problem(HttpStatus.BAD_REQUEST, message("request.malformed", request), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest webRequest) {
        HttpServletRequest request = servlet(webRequest);
        String name = ex instanceof MethodArgumentTypeMismatchException argument
                ? parameterName(argument.getParameter()) : ex.getPropertyName();
        String fieldMessage = valueMessage(ex.getValue(), ex.getRequiredType(), request);
        return problem(HttpStatus.BAD_REQUEST, message("request.invalid", request),
                Map.of(name == null ? "value" : name, fieldMessage), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest webRequest) {
        HttpServletRequest request = servlet(webRequest);
        return problem(HttpStatus.BAD_REQUEST, message("request.invalid", request),
                Map.of(ex.getParameterName(), message("request.missing-parameter", request)), request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest webRequest) {
        if (ex instanceof MissingRequestHeaderException missing) {
            HttpServletRequest request = servlet(webRequest);
            return problem(HttpStatus.BAD_REQUEST, message("request.invalid", request),
                    Map.of(missing.getHeaderName().toLowerCase(Locale.ROOT), message("request.missing-header", request)),
                    request);
        }
        return super.handleServletRequestBindingException(ex, headers, status, webRequest);
    }

    /** Every other Spring MVC error (405, 406, 415, unknown path...): translated title and detail. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest webRequest) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, webRequest);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            HttpServletRequest request = servlet(webRequest);
            Locale locale = localeResolver.resolveLocale(request);
            problem.setTitle(title(statusCode, locale));
            String detail = null;
            if (ex instanceof ErrorResponse errorResponse) {
                detail = messages.getMessage(errorResponse.getDetailMessageCode(),
                        errorResponse.getDetailMessageArguments(messages, locale), null, locale);
            }
            if (detail == null) {
                detail = messages.getMessage("problem.detail." + statusCode.value(), null, problem.getDetail(), locale);
            }
            problem.setDetail(detail);
            problem.setInstance(instance(request));
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return response;
    }

    // ---- building problems ----

    private ResponseEntity<Object> unauthorized(String code, String challengeParameters, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE,
                challengeParameters == null ? "Bearer" : "Bearer " + challengeParameters);
        return problem(HttpStatus.UNAUTHORIZED, message(code, request), Map.of(), headers, request);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String detail, HttpServletRequest request) {
        return problem(status, detail, Map.of(), request);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String detail, Map<String, String> errors,
                                           HttpServletRequest request) {
        return problem(status, detail, errors, new HttpHeaders(), request);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String detail, Map<String, String> errors,
                                           HttpHeaders headers, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(status, localeResolver.resolveLocale(request)));
        problem.setInstance(instance(request));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        // Always Problem Details, whatever the caller accepts: a 406 too gets its body.
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * The path the caller asked for: on the container's error page the original one, not
     * {@code /error}; none when it is not a valid URI reference (it is the caller's text).
     */
    private static URI instance(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String text ? text : request.getRequestURI();
        try {
            return path == null ? null : URI.create(path);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    private String title(HttpStatusCode status, Locale locale) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String fallback = known == null ? Integer.toString(status.value()) : known.getReasonPhrase();
        return messages.getMessage("problem.title." + status.value(), null, fallback, locale);
    }

    private String rule(DomainException ex, HttpServletRequest request) {
        return messages.getMessage(ex.code(), ex.arguments(), ex.getMessage(), localeResolver.resolveLocale(request));
    }

    private String message(String code, HttpServletRequest request) {
        return messages.getMessage(code, null, code, localeResolver.resolveLocale(request));
    }

    private String message(String code, Object[] arguments, HttpServletRequest request) {
        return messages.getMessage(code, arguments, code, localeResolver.resolveLocale(request));
    }

    private String resolve(MessageSourceResolvable error, HttpServletRequest request) {
        try {
            return messages.getMessage(error, localeResolver.resolveLocale(request));
        } catch (NoSuchMessageException unknown) {
            return message("request.invalid-value", new Object[] {""}, request);
        }
    }

    /** Field errors of a bound body, keyed by the field's JSON name. */
    private Map<String, String> fieldErrors(Class<?> type, List<ObjectError> errors, HttpServletRequest request) {
        Map<String, String> result = new LinkedHashMap<>();
        for (ObjectError error : errors) {
            String name = error instanceof FieldError field ? jsonName(type, field.getField()) : "body";
            result.putIfAbsent(name, resolve(error, request));
        }
        return result;
    }

    /** "Not a valid value", listing the allowed ones when the target is an enum. */
    private String valueMessage(Object value, Class<?> targetType, HttpServletRequest request) {
        if (targetType != null && targetType.isEnum()) {
            return message("request.unknown-value", new Object[] {value, allowedValues(targetType)}, request);
        }
        return message("request.invalid-value", new Object[] {value}, request);
    }

    private static String allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> jsonValue(enumType, (Enum<?>) constant))
                .collect(Collectors.joining(", "));
    }

    private static String jsonValue(Class<?> enumType, Enum<?> constant) {
        try {
            JsonProperty property = enumType.getField(constant.name()).getAnnotation(JsonProperty.class);
            if (property != null && !property.value().isEmpty()) {
                return property.value();
            }
        } catch (NoSuchFieldException impossible) {
            // an enum constant is always a public field
        }
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The JSON name of a record component or field: its {@code @JsonProperty}, else snake_case. */
    private static String jsonName(Class<?> type, String path) {
        if (type != null && !path.contains(".") && !path.contains("[")) {
            try {
                Field field = type.getDeclaredField(path);
                JsonProperty property = field.getAnnotation(JsonProperty.class);
                if (property != null && !property.value().isEmpty()) {
                    return property.value();
                }
            } catch (NoSuchFieldException notAField) {
                // fall through to the naming convention
            }
        }
        return path.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String jsonPath(List<JacksonException.Reference> path) {
        StringBuilder result = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!result.isEmpty()) {
                    result.append('.');
                }
                result.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                result.append('[').append(reference.getIndex()).append(']');
            }
        }
        return result.isEmpty() ? "body" : result.toString();
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        if (pathVariable != null && !pathVariable.name().isEmpty()) {
            return pathVariable.name();
        }
        String name = parameter.getParameterName();
        return name == null ? "value" : name;
    }

    private static <T extends Throwable> T findCause(Throwable error, Class<T> type) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }
}
