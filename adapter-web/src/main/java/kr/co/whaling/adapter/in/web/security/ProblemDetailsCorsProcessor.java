package kr.co.whaling.adapter.in.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/** Spring's CORS checks, answering a refused origin with a 403 Problem Details, not "Invalid CORS request". */
@RequiredArgsConstructor
final class ProblemDetailsCorsProcessor extends DefaultCorsProcessor {

    private final ProblemDetailsSecurityHandler problems;

    @Override
    public boolean processRequest(CorsConfiguration configuration, HttpServletRequest request,
                                  HttpServletResponse response) throws IOException {
        if (super.processRequest(configuration, request, response)) {
            return true;
        }
        problems.handle(request, response, new AccessDeniedException("origin not allowed: CORS"));
        return false;
    }

    /** Leaves the answer to {@link #processRequest}, which writes the refusal as Problem Details. */
    @Override
    protected void rejectRequest(ServerHttpResponse response) {
    }
}
