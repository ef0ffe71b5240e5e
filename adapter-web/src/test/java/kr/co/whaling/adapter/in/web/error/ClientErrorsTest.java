package kr.co.whaling.adapter.in.web.error;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import java.util.List;
import kr.co.whaling.adapter.in.web.WebSliceTest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;

/**
 * A client's mistakes are 4xx Problem Details, whatever the client accepts; what the container hands
 * to its error page is answered the same way. (What Tomcat itself refuses is proven over HTTP in
 * bootstrap's ClientFaultsSystemTest.)
 */
class ClientErrorsTest extends WebSliceTest {

    @Test
    void an_unacceptable_accept_header_is_406_with_a_problem_body() throws Exception {
        given(listCoins.listCoins(any())).willReturn(List.of());

        mvc.perform(get("/coins").header(HttpHeaders.ACCEPT, "text/csv").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(406))
                .andExpect(jsonPath("$.title").value("Not Acceptable"));
    }

    @Test
    void a_refusal_is_problem_json_even_when_the_caller_accepts_only_html() throws Exception {
        mvc.perform(get("/votes/abc").header(HttpHeaders.ACCEPT, "text/html"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.id").exists());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/user/points?page=1000000000", "/user/points?page=2147483647&size=100",
            "/user/created-votes?state=ongoing&page=50001&size=20",
            "/user/participated-votes?state=finished&page=1000001&size=1"})
    void a_page_too_deep_is_400_on_the_page_field(String path) throws Exception {
        mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, bearer(5)).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.page").value(org.hamcrest.Matchers.startsWith("The page number must be at most")));
        verifyNoInteractions(getPointHistory, listCreated, listParticipated);
    }

    @Test
    void a_public_listing_too_deep_is_400_too() throws Exception {
        mvc.perform(get("/votes?page=1000000&size=100"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.page").exists());
        verifyNoInteractions(listVotes);
    }

    @Test
    void the_error_page_called_directly_is_404() throws Exception {
        mvc.perform(get("/error"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("찾을 수 없음"));
    }

    @Test
    void a_status_the_container_sends_to_the_error_page_is_answered_as_a_problem_of_that_status() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 405)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/votes")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Method Not Allowed"))
                .andExpect(jsonPath("$.instance").value("/votes"));
    }

    @Test
    void an_exception_a_filter_threw_is_mapped_like_any_other() throws Exception {
        InvalidParameterException malformed = new InvalidParameterException("Character decoding failed");
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new ServletException(malformed))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The query of the request is not correctly encoded (a malformed % escape)."));
    }
}
