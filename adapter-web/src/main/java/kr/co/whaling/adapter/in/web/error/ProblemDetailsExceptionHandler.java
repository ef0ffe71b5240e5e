package kr.co.whaling.adapter.in.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kr.co.whaling.domain.shared.DomainException;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.ConversionNotSupportedException;
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
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place that turns exceptions into RFC 9457 Problem Details: a translated {@code title} and
 * {@code detail}, and an {@code errors} object of refused JSON field to message. Statuses and messages are
 * {@link ProblemTable}'s; Spring MVC's own errors keep Spring's status.
 */
@RestControllerAdvice
@RequiredArgsConstructor
public class ProblemDetailsExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsExceptionHandler.class);

    private final MessageSource messages;
    private final LocaleResolver localeResolver;

    /** Every exception but Spring MVC's own: answered as its {@link ProblemTable} row says. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handle(Exception ex, HttpServletRequest request) {
        ProblemTable.Row row = ProblemTable.rowOf(ex);
        if (row == ProblemTable.UNEXPECTED) {
            log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        } else if (row.warning() != null) {
            log.warn("{}: {}", row.warning(), ex.getMessage());
        }
        String detail = ex instanceof DomainException rule
                ? messages.getMessage(rule.code(), rule.arguments(), rule.getMessage(), locale(request))
                : message(row.key(), request);
        String field = row.field().apply(ex);
        return problem(row.status(), detail, field == null ? Map.of() : Map.of(field, detail), row.challenge(),
                request);
    }

    /** Spring MVC's own errors: a refused value or unreadable body is a 400, the rest keep Spring's status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest webRequest) {
        HttpServletRequest request = ((ServletWebRequest) webRequest).getRequest();
        Map<String, String> refused = refusedFields(ex, request);
        if (refused != null) {
            return problem(HttpStatus.BAD_REQUEST, message("request.invalid", request), refused, null, request);
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return problem(HttpStatus.BAD_REQUEST, message("request.malformed", request), Map.of(), null, request);
        }
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, webRequest);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            problem.setDetail(messages.getMessage("problem.detail." + problem.getStatus(), null, problem.getDetail(),
                    locale(request)));
            return answer(problem, response.getHeaders(), request);
        }
        return response;
    }

    /** The request fields a Spring MVC refusal names, with their messages; null when it names none. */
    private Map<String, String> refusedFields(Exception ex, HttpServletRequest request) {
        if (ex instanceof MethodArgumentNotValidException invalid) {
            return fieldErrors(invalid.getBindingResult().getAllErrors(), request);
        }
        if (ex instanceof HandlerMethodValidationException invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (ParameterValidationResult result : invalid.getParameterValidationResults()) {
                if (result instanceof ParameterErrors bean) {
                    errors.putAll(fieldErrors(bean.getAllErrors(), request));
                } else {
                    String name = parameterName(result.getMethodParameter());
                    result.getResolvableErrors().forEach(error -> errors.putIfAbsent(name, resolve(error, request)));
                }
            }
            return errors;
        }
        // A value that cannot be converted is the caller's fault; a missing converter (500) is not.
        if (ex instanceof TypeMismatchException mismatch && !(ex instanceof ConversionNotSupportedException)) {
            String name = mismatch.getPropertyName();
            return Map.of(name == null ? "value" : name,
                    valueMessage(mismatch.getValue(), mismatch.getRequiredType(), request));
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return Map.of(missing.getParameterName(), message("request.missing-parameter", request));
        }
        if (ex instanceof MissingRequestHeaderException missing) {
            return Map.of(missing.getHeaderName().toLowerCase(Locale.ROOT), message("request.missing-header", request));
        }
        // Spring hands Jackson's exception on as the cause; a mismatch names the JSON field.
        if (ex instanceof HttpMessageNotReadableException unreadable
                && unreadable.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            return Map.of(jsonPath(mismatch.getPath()), mismatch instanceof InvalidFormatException invalid
                    ? valueMessage(invalid.getValue(), invalid.getTargetType(), request)
                    : message("request.invalid-type", request));
        }
        return null;
    }

    private ResponseEntity<Object> problem(HttpStatus status, String detail, Map<String, String> errors,
                                           String challenge, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        HttpHeaders headers = new HttpHeaders();
        if (challenge != null) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        return answer(problem, headers, request);
    }

    /** Always Problem Details, whatever the caller accepts: a 406 too gets its body. */
    private ResponseEntity<Object> answer(ProblemDetail problem, HttpHeaders headers, HttpServletRequest request) {
        problem.setTitle(ProblemTable.title(messages, problem.getStatus(), locale(request)));
        problem.setInstance(instance(request));
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The path the caller asked for (not {@code /error}); none when it is no valid URI (it is the caller's text). */
    private static URI instance(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String text ? text : request.getRequestURI();
        try {
            return path == null ? null : URI.create(path);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    private Locale locale(HttpServletRequest request) {
        return localeResolver.resolveLocale(request);
    }

    private String message(String code, HttpServletRequest request, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale(request));
    }

    private String resolve(MessageSourceResolvable error, HttpServletRequest request) {
        try {
            return messages.getMessage(error, locale(request));
        } catch (NoSuchMessageException unknown) {
            return message("request.invalid-value", request, "");
        }
    }

    /** Field errors of a bound body, keyed by the field's JSON name. */
    private Map<String, String> fieldErrors(List<ObjectError> errors, HttpServletRequest request) {
        Map<String, String> result = new LinkedHashMap<>();
        for (ObjectError error : errors) {
            String name = error instanceof FieldError field ? ProblemTable.jsonName(field.getField()) : "body";
            result.putIfAbsent(name, resolve(error, request));
        }
        return result;
    }

    /** "Not a valid value", listing the allowed ones (the API spells them in lower case) for an enum. */
    private String valueMessage(Object value, Class<?> targetType, HttpServletRequest request) {
        if (targetType != null && targetType.isEnum()) {
            String allowed = Arrays.stream(targetType.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            return message("request.unknown-value", request, value, allowed);
        }
        return message("request.invalid-value", request, value);
    }

    /** A JSON path as the caller wrote it, e.g. {@code coin_code} or {@code items[0].name}. */
    private static String jsonPath(List<JacksonException.Reference> path) {
        String joined = path.stream()
                .map(step -> step.getPropertyName() != null ? "." + step.getPropertyName()
                        : step.getIndex() >= 0 ? "[" + step.getIndex() + "]" : "")
                .collect(Collectors.joining());
        return joined.isEmpty() ? "body" : joined.startsWith(".") ? joined.substring(1) : joined;
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        String name = requestParam != null && !requestParam.name().isEmpty() ? requestParam.name()
                : pathVariable != null && !pathVariable.name().isEmpty() ? pathVariable.name()
                : parameter.getParameterName();
        return name == null ? "value" : name;
    }
}
