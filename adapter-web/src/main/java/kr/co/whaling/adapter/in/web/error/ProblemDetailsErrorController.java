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
 * The container's error page, in place of Boot's: rethrows what filters threw and Tomcat refused, so
 * {@link ProblemDetailsExceptionHandler} answers it like any other error. Called directly it is a 404.
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
