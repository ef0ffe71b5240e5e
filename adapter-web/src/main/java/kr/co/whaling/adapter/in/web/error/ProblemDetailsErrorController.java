package kr.co.whaling.adapter.in.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}), in place of Boot's: what Tomcat refuses after it
 * found the application (TRACE, {@code /WEB-INF/...}) and exceptions thrown by filters arrive here and
 * are handed to {@link ProblemDetailsExceptionHandler}, so they are answered with the same Problem
 * Details, statuses and messages as any other error. Called directly, {@code /error} is a path like
 * any unknown one: 404.
 */
@RestController
public class ProblemDetailsErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    public void error(HttpServletRequest request) throws Throwable {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof Throwable thrown) {
            throw unwrap(thrown);
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer value && value >= 400 && value < 600
                ? value : HttpStatus.NOT_FOUND.value();
        throw new ErrorResponseException(HttpStatusCode.valueOf(code));
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current instanceof ServletException servlet && servlet.getRootCause() != null
                && servlet.getRootCause() != current) {
            current = servlet.getRootCause();
        }
        return current;
    }
}
