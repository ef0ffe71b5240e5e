package kr.co.whaling.adapter.in.web.error;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.co.whaling.adapter.in.web.config.WebMvcConfiguration;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error report as minimal Problem Details instead of HTML, for what Tomcat refuses before
 * Spring sees the request (a {@code %00} in the path, a 20 KB header). It writes only on an empty body.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    public ProblemJsonErrorReportValve(MessageSource messages) {
        this.messages = messages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // The same guards as Tomcat's own report: only errors, only once, only on an empty body.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, null);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body(status, locale(request)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // The client is gone or the response cannot be written: nothing left to tell anyone.
        }
    }

    /** Status, title and detail, translated; no internals. */
    private String body(int status, Locale locale) {
        String title = ProblemTable.title(messages, status, locale);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", messages.getMessage("problem.detail." + status, null,
                messages.getMessage("problem.detail." + (status >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                        ? 500 : 400), null, title, locale), locale));
        return JSON.writeValueAsString(problem);
    }

    /** English when asked for, else Korean, as everywhere in the API; Korean too when the headers are unreadable. */
    private static Locale locale(Request request) {
        try {
            String acceptLanguage = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
            if (acceptLanguage != null && request.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage())) {
                return Locale.ENGLISH;
            }
        } catch (RuntimeException unreadable) {
            // fall through to the default language
        }
        return WebMvcConfiguration.DEFAULT_LOCALE;
    }
}
