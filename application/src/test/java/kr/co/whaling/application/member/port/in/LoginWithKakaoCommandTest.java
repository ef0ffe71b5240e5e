package kr.co.whaling.application.member.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import kr.co.whaling.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginWithKakaoCommandTest {

    private static final String CODE = "hq3Z-8nY_yxW0aP1l9cT2vRkE5sJd6mBfU4oNgH7iL";
    private static final String REDIRECT = "https://whaling.example/login/kakao?from=app";

    @Test
    void a_kakao_code_and_an_https_redirect_uri_make_a_login() {
        LoginWithKakaoCommand command = new LoginWithKakaoCommand(CODE, REDIRECT);

        assertThat(command.authorizationCode()).isEqualTo(CODE);
        assertThat(command.redirectUri()).isEqualTo(REDIRECT);
        assertThat(new LoginWithKakaoCommand("c".repeat(512), "http://localhost:3000/oauth").redirectUri())
                .isEqualTo("http://localhost:3000/oauth");
    }

    static Stream<Arguments> badCodes() {
        return Stream.of(
                Arguments.of("missing", null),
                Arguments.of("empty", ""),
                Arguments.of("a CR/LF inside", "abc\r\nX-Injected: 1"),
                Arguments.of("a line feed", "abc\ndef"),
                Arguments.of("a NUL", "abc\u0000"),
                Arguments.of("a tab", "abc\tdef"),
                Arguments.of("a space", "abc def"),
                Arguments.of("a DEL", "abc\u007F"),
                Arguments.of("a non-ASCII letter", "코드abc"),
                Arguments.of("a zero-width space", "abc\u200Bdef"),
                Arguments.of("513 characters", "c".repeat(513)));
    }

    @ParameterizedTest(name = "a code with {0} is refused")
    @MethodSource("badCodes")
    void a_code_that_is_not_a_valid_parameter_is_refused_without_quoting_it(String what, String code) {
        assertThatThrownBy(() -> new LoginWithKakaoCommand(code, REDIRECT))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("code");
                    assertThat(refused.code()).isEqualTo("login.code.invalid");
                    if (code != null && !code.isEmpty()) {
                        assertThat(refused.getMessage()).doesNotContain(code);
                    }
                });
    }

    @ParameterizedTest(name = "redirect_uri \"{0}\" is refused")
    @ValueSource(strings = {"", "whaling.example/oauth", "/oauth", "ftp://whaling.example/oauth",
            "javascript:alert(1)", "https://", "https://whaling.example/oauth#frag",
            "https://whaling.example/o auth", "https://whaling.example/oauth\r\nX: 1", "https://whaling.example/\u0000",
            "https://고래.example/oauth", "http://[::1"})
    void a_redirect_uri_that_is_not_an_http_url_is_refused(String redirectUri) {
        assertThatThrownBy(() -> new LoginWithKakaoCommand(CODE, redirectUri))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("redirect_uri");
                    assertThat(refused.code()).isEqualTo("login.redirect-uri.invalid");
                });
    }

    @Test
    void an_overlong_or_missing_redirect_uri_is_refused() {
        assertThatThrownBy(() -> new LoginWithKakaoCommand(CODE, "https://whaling.example/" + "a".repeat(2048)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new LoginWithKakaoCommand(CODE, null)).isInstanceOf(InvalidValueException.class);
    }
}
