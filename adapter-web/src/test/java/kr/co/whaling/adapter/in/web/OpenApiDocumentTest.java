package kr.co.whaling.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import kr.co.whaling.adapter.in.web.config.OpenApiConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The OpenAPI document is served anonymously and describes the API as spec/api.md spells it. */
@ImportAutoConfiguration({SpringDocConfiguration.class, SpringDocConfigProperties.class,
        SpringDocWebMvcConfiguration.class})
@Import(OpenApiConfiguration.class)
class OpenApiDocumentTest extends WebSliceTest {

    private DocumentContext document;

    @BeforeEach
    void loadDocument() throws Exception {
        String json = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        document = JsonPath.parse(json);
    }

    @Test
    void declares_the_bearer_scheme() {
        Map<String, Object> scheme = document.read("$.components.securitySchemes.bearer-jwt");
        assertThat(scheme).containsEntry("type", "http").containsEntry("scheme", "bearer")
                .containsEntry("bearerFormat", "JWT");
    }

    @Test
    void protected_operations_require_the_bearer_scheme_and_public_ones_do_not() {
        List<Object> createVote = document.read("$.paths['/votes'].post.security");
        assertThat(createVote).isNotEmpty();
        List<Object> profile = document.read("$.paths['/user'].get.security");
        assertThat(profile).isNotEmpty();
        Map<String, Object> listVotes = document.read("$.paths['/votes'].get");
        assertThat(listVotes).doesNotContainKey("security");
    }

    @Test
    void lists_both_slash_variants_and_hides_the_calling_member() {
        Map<String, Object> paths = document.read("$.paths");
        assertThat(paths).containsKeys("/votes", "/votes/", "/votes/{id}", "/votes/{id}/choice", "/auth",
                "/auth/token/verify", "/auth/token/refresh", "/user", "/user/points", "/coins", "/acc-percent",
                "/stats/accuracy", "/leaderboard");
        List<String> listParameters = document.read("$.paths['/votes'].get.parameters[*].name");
        assertThat(listParameters).containsExactlyInAnyOrder("state", "sort", "coin", "page", "size");
        Map<String, Object> profile = document.read("$.paths['/user'].get");
        assertThat(profile).doesNotContainKey("parameters");
    }

    @Test
    void schemas_use_the_snake_case_names_and_lower_case_values() {
        Map<String, Object> vote = document.read("$.components.schemas.VoteResponse.properties");
        assertThat(vote).containsKeys("vote_id", "is_admin_vote", "finished_at", "tracked_at", "target_price",
                "whale_is_answer", "pos_whales", "user");
        List<String> durations = document.read("$.components.schemas.CreateVoteRequest.properties.duration.enum");
        assertThat(durations).containsExactly("day", "week", "month");
        List<String> states = document.read("$.paths['/votes'].get.parameters[?(@.name == 'state')].schema.enum[*]");
        assertThat(states).containsExactly("ongoing", "finished");
    }
}
