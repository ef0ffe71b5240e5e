package kr.co.whaling.adapter.in.web.security;

import static kr.co.whaling.domain.testdata.MemberBuilder.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import kr.co.whaling.application.member.model.MemberProfile;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.NotFoundException;
import kr.co.whaling.domain.testdata.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class TokenServiceTest {

    private static final String SECRET = "unit-test-secret-unit-test-secret-0123";

    /** Members the profile use case no longer knows. */
    private final Set<MemberId> deleted = new HashSet<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-04T00:00:00Z"));

    private TokenService service(JwtProperties properties) {
        var clockProvider = new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class);
        return new TokenService(JwtCodecs.encoder(properties),
                JwtCodecs.decoder(properties, TokenType.ACCESS, clock), properties, clockProvider,
                member -> {
                    if (deleted.contains(member)) {
                        throw new NotFoundException("member", member);
                    }
                    return new MemberProfile(aMember().withId(member.value()).build(), false);
                });
    }

    private static JwtProperties properties(Duration access, Duration refresh) {
        return new JwtProperties(SECRET, access, refresh, "whaling", Duration.ZERO);
    }

    private final JwtProperties standard = properties(Duration.ofDays(1), Duration.ofDays(7));

    @Test
    void an_access_token_names_the_member_and_lives_one_day() {
        TokenService tokens = service(standard);
        TokenPair pair = tokens.issue(new MemberId(12));

        Jwt access = JwtCodecs.decoder(standard, TokenType.ACCESS, clock).decode(pair.accessToken());
        assertThat(access.getSubject()).isEqualTo("12");
        assertThat(access.getClaimAsString("iss")).isEqualTo("whaling");
        assertThat(access.getClaimAsString("typ")).isEqualTo("access");
        assertThat(access.getHeaders()).containsEntry("alg", "HS256");
        assertThat(Duration.between(access.getIssuedAt(), access.getExpiresAt())).isEqualTo(Duration.ofDays(1));
        assertThat(tokens.verifyAccessToken(pair.accessToken())).isEqualTo(new MemberId(12));
    }

    @Test
    void a_refresh_token_lives_seven_days() {
        TokenPair pair = service(standard).issue(new MemberId(12));

        Jwt refresh = JwtCodecs.decoder(standard, TokenType.REFRESH, clock).decode(pair.refreshToken());
        assertThat(refresh.getClaimAsString("typ")).isEqualTo("refresh");
        assertThat(Duration.between(refresh.getIssuedAt(), refresh.getExpiresAt())).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void an_access_token_expires_after_its_lifetime() {
        TokenService tokens = service(standard);
        String access = tokens.issue(new MemberId(12)).accessToken();

        clock.advance(Duration.ofHours(23));
        assertThat(tokens.verifyAccessToken(access)).isEqualTo(new MemberId(12));

        clock.advance(Duration.ofHours(1).plusMinutes(2));
        assertThatThrownBy(() -> tokens.verifyAccessToken(access)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void a_refresh_token_buys_a_new_access_token_until_it_expires() {
        TokenService tokens = service(standard);
        String refresh = tokens.issue(new MemberId(12)).refreshToken();

        clock.advance(Duration.ofDays(6));
        String access = tokens.refresh(refresh);
        assertThat(tokens.verifyAccessToken(access)).isEqualTo(new MemberId(12));

        clock.advance(Duration.ofDays(1).plusMinutes(2));
        assertThatThrownBy(() -> tokens.refresh(refresh)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void each_kind_is_refused_where_the_other_is_expected() {
        TokenService tokens = service(standard);
        TokenPair pair = tokens.issue(new MemberId(12));

        assertThatThrownBy(() -> tokens.verifyAccessToken(pair.refreshToken())).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> tokens.refresh(pair.accessToken())).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void lifetimes_are_configurable() {
        JwtProperties shortLived = properties(Duration.ofMinutes(5), Duration.ofMinutes(30));
        TokenService tokens = service(shortLived);
        TokenPair pair = tokens.issue(new MemberId(3));

        clock.advance(Duration.ofMinutes(7));
        assertThatThrownBy(() -> tokens.verifyAccessToken(pair.accessToken())).isInstanceOf(InvalidTokenException.class);
        assertThat(tokens.verifyAccessToken(tokens.refresh(pair.refreshToken()))).isEqualTo(new MemberId(3));
    }

    @Test
    void a_token_from_another_secret_is_refused() {
        JwtProperties other = new JwtProperties("another-secret-another-secret-0123456", Duration.ofDays(1),
                Duration.ofDays(7), "whaling", Duration.ZERO);
        String foreign = service(other).issue(new MemberId(12)).accessToken();

        assertThatThrownBy(() -> service(standard).verifyAccessToken(foreign)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void two_tokens_issued_at_the_same_instant_differ() {
        TokenService tokens = service(standard);

        assertThat(tokens.issue(new MemberId(12)).accessToken()).isNotEqualTo(tokens.issue(new MemberId(12)).accessToken());
    }

    @Test
    void blank_tokens_are_refused() {
        TokenService tokens = service(standard);

        assertThatThrownBy(() -> tokens.verifyAccessToken(" ")).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> tokens.refresh(null)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void the_resource_server_decoder_refuses_refresh_tokens() {
        TokenService tokens = service(standard);
        JwtDecoder accessDecoder = JwtCodecs.decoder(standard, TokenType.ACCESS, clock);

        assertThatThrownBy(() -> accessDecoder.decode(tokens.issue(new MemberId(1)).refreshToken()))
                .hasMessageContaining("not an access token");
    }

    @Test
    void without_a_configured_skew_a_token_is_refused_right_after_it_expires_even_when_remembered() {
        TokenService tokens = service(standard);
        TokenPair pair = tokens.issue(new MemberId(12));
        // Checked once in full, so the decoder remembers it: the expiry is then checked on the re-check path.
        assertThat(tokens.verifyAccessToken(pair.accessToken())).isEqualTo(new MemberId(12));

        clock.advance(Duration.ofDays(1).minusSeconds(1));
        assertThat(tokens.verifyAccessToken(pair.accessToken())).isEqualTo(new MemberId(12));
        // The library's check is "now after exp": one millisecond past the expiry is enough.
        clock.advance(Duration.ofSeconds(1).plusMillis(1));
        assertThatThrownBy(() -> tokens.verifyAccessToken(pair.accessToken())).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void a_never_seen_token_is_refused_one_second_after_expiry_without_a_skew() {
        TokenService tokens = service(standard);
        String refresh = tokens.issue(new MemberId(12)).refreshToken();

        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertThatThrownBy(() -> tokens.refresh(refresh)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void a_configured_skew_lets_a_token_pass_that_long_after_expiry_and_no_longer() {
        JwtProperties skewed = new JwtProperties(SECRET, Duration.ofDays(1), Duration.ofDays(7), "whaling",
                Duration.ofSeconds(30));
        TokenService tokens = service(skewed);
        String access = tokens.issue(new MemberId(5)).accessToken();
        assertThat(tokens.verifyAccessToken(access)).isEqualTo(new MemberId(5));

        clock.advance(Duration.ofDays(1).plusSeconds(30));
        assertThat(tokens.verifyAccessToken(access)).isEqualTo(new MemberId(5));
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> tokens.verifyAccessToken(access)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void a_refresh_for_a_member_who_no_longer_exists_is_refused() {
        TokenService tokens = service(standard);
        String refresh = tokens.issue(new MemberId(12)).refreshToken();
        deleted.add(new MemberId(12));

        assertThatThrownBy(() -> tokens.refresh(refresh)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("no longer exists");
    }
}
