package kr.co.whaling.adapter.out.kakao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KakaoPropertiesTest {

    @Test
    void missing_values_take_kakaos_hosts_and_the_default_timeouts() {
        KakaoProperties properties = new KakaoProperties(null, " ", "client-id", "", null, null, null);

        assertThat(properties.authBaseUrl()).isEqualTo("https://kauth.kakao.com");
        assertThat(properties.apiBaseUrl()).isEqualTo("https://kapi.kakao.com");
        assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.loginTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.clientSecret()).isNull();
    }

    @Test
    void configured_values_are_kept_without_a_trailing_slash() {
        KakaoProperties properties = new KakaoProperties("http://localhost:8089/", "http://localhost:8090/kakao",
                " client-id ", " secret ", Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofMillis(1500));

        assertThat(properties.authBaseUrl()).isEqualTo("http://localhost:8089");
        assertThat(properties.apiBaseUrl()).isEqualTo("http://localhost:8090/kakao");
        assertThat(properties.clientId()).isEqualTo("client-id");
        assertThat(properties.clientSecret()).isEqualTo("secret");
        assertThat(properties.connectTimeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(properties.loginTimeout()).isEqualTo(Duration.ofMillis(1500));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_missing_client_id_is_refused_at_startup(String clientId) {
        assertThatThrownBy(() -> new KakaoProperties(null, null, clientId, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whaling.kakao.client-id");
        assertThatThrownBy(() -> new KakaoProperties(null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kauth.kakao.com", "ftp://kauth.kakao.com", "https://kauth.kakao.com?x=1", "http://exa mple"})
    void a_base_url_that_is_not_an_http_url_is_refused(String url) {
        assertThatThrownBy(() -> new KakaoProperties(url, null, "client-id", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whaling.kakao.auth-base-url");
    }

    @Test
    void timeouts_must_be_positive() {
        assertThatThrownBy(() -> new KakaoProperties(null, null, "client-id", null, Duration.ZERO, null, null))
                .hasMessageContaining("whaling.kakao.connect-timeout");
        assertThatThrownBy(() -> new KakaoProperties(null, null, "client-id", null, null, Duration.ofSeconds(-1), null))
                .hasMessageContaining("whaling.kakao.read-timeout");
        assertThatThrownBy(() -> new KakaoProperties(null, null, "client-id", null, null, null, Duration.ZERO))
                .hasMessageContaining("whaling.kakao.login-timeout");
    }

    @Test
    void the_client_secret_is_never_printed() {
        KakaoProperties properties =
                new KakaoProperties(null, null, "client-id", "very-secret-value", null, null, null);

        assertThat(properties.toString())
                .doesNotContain("very-secret-value")
                .contains("clientId=client-id", "clientSecret=<hidden>");
    }
}
