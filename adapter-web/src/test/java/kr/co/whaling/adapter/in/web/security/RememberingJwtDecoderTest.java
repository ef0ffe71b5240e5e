package kr.co.whaling.adapter.in.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kr.co.whaling.domain.testdata.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * A token's signature is verified once and the token remembered; its claims are checked on every
 * call, so remembering never lets an expired, tampered, forged or wrong-kind token through.
 */
class RememberingJwtDecoderTest {

    private static final JwtProperties PROPERTIES = new JwtProperties("unit-test-secret-unit-test-secret-0123",
            Duration.ofDays(1), Duration.ofDays(7), "whaling", Duration.ZERO);

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-04T00:00:00Z"));
    private final TestTokens tokens = new TestTokens(PROPERTIES);
    private final CountingChecker checker = new CountingChecker();

    /** The real signature check (Nimbus, HS256, our key), counting how often it runs. */
    private static final class CountingChecker implements JwtDecoder {
        private final NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(JwtCodecs.key(PROPERTIES))
                .macAlgorithm(MacAlgorithm.HS256).build();
        private final AtomicInteger calls = new AtomicInteger();

        CountingChecker() {
            nimbus.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        }

        @Override
        public Jwt decode(String token) {
            calls.incrementAndGet();
            return nimbus.decode(token);
        }

        int calls() {
            return calls.get();
        }
    }

    private RememberingJwtDecoder decoder(int maxEntries) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        OAuth2TokenValidator<Jwt> claims = JwtValidators.createDefaultWithValidators(List.of(timestamps,
                JwtCodecs.typeValidator(TokenType.ACCESS)));
        return new RememberingJwtDecoder(checker, claims, clock, maxEntries);
    }

    private String accessToken(long member, Duration lifetime) {
        Instant now = clock.instant();
        return tokens.token(Long.toString(member), "access", now, now.plus(lifetime));
    }

    @Test
    void a_token_is_verified_once_and_then_recognised_on_every_call() {
        RememberingJwtDecoder decoder = decoder(10);
        String token = accessToken(7, Duration.ofHours(1));

        for (int call = 0; call < 5; call++) {
            assertThat(decoder.decode(token).getSubject()).isEqualTo("7");
        }

        assertThat(checker.calls()).isEqualTo(1);
        assertThat(decoder.size()).isEqualTo(1);
    }

    @Test
    void a_remembered_token_is_refused_once_it_expires_and_forgotten() {
        RememberingJwtDecoder decoder = decoder(10);
        String token = accessToken(7, Duration.ofHours(1));
        decoder.decode(token);

        clock.advance(Duration.ofHours(1).plusSeconds(1));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(decoder.size()).isZero();
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void a_changed_character_is_another_token_checked_in_full() {
        RememberingJwtDecoder decoder = decoder(10);
        String token = accessToken(7, Duration.ofHours(1));
        decoder.decode(token);

        assertThatThrownBy(() -> decoder.decode(tokens.withBrokenSignature(token)))
                .isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(tokens.withForgedSubject(token, 8)))
                .isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(tokens.signedWithAnotherSecret(7)))
                .isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(tokens.unsigned(7))).isInstanceOf(BadJwtException.class);
        assertThat(decoder.size()).as("only the genuine token").isEqualTo(1);
        assertThat(decoder.decode(token).getSubject()).isEqualTo("7");
    }

    @Test
    void no_token_is_refused_as_the_checker_refuses_it_and_nothing_is_remembered() {
        RememberingJwtDecoder decoder = decoder(10);

        assertThatThrownBy(() -> decoder.decode(null)).isInstanceOf(JwtException.class);
        assertThat(checker.calls()).isEqualTo(1);
        assertThat(decoder.size()).isZero();
    }

    @Test
    void refused_tokens_are_never_remembered_and_refused_every_time() {
        RememberingJwtDecoder decoder = decoder(10);
        Instant now = clock.instant();
        String refresh = tokens.token("7", "refresh", now, now.plusSeconds(3_600));
        String expired = tokens.token("7", "access", now.minusSeconds(7_200), now.minusSeconds(3_600));

        for (int call = 0; call < 3; call++) {
            assertThatThrownBy(() -> decoder.decode(refresh)).isInstanceOf(JwtValidationException.class)
                    .hasMessageContaining("not an access token");
            assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(JwtValidationException.class);
        }

        assertThat(checker.calls()).as("checked in full each time").isEqualTo(6);
        assertThat(decoder.size()).isZero();
    }

    @Test
    void no_more_tokens_are_remembered_than_allowed_and_expired_ones_go_first() {
        RememberingJwtDecoder decoder = decoder(3);
        String shortLived = accessToken(1, Duration.ofMinutes(1));
        decoder.decode(shortLived);
        List<String> longLived = new ArrayList<>(List.of(accessToken(2, Duration.ofHours(1)),
                accessToken(3, Duration.ofHours(1))));
        longLived.forEach(decoder::decode);
        clock.advance(Duration.ofMinutes(2));

        longLived.add(accessToken(4, Duration.ofHours(1)));
        decoder.decode(longLived.get(2));
        assertThat(decoder.size()).as("the expired one made room").isEqualTo(3);
        int checks = checker.calls();
        longLived.forEach(decoder::decode);
        assertThat(checker.calls()).as("every unexpired token kept").isEqualTo(checks);

        decoder.decode(accessToken(5, Duration.ofHours(1)));
        assertThat(decoder.size()).as("nothing expired: one is dropped to stay within the bound").isEqualTo(3);
        assertThatThrownBy(() -> decoder.decode(shortLived)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void many_callers_presenting_many_tokens_at_once_each_get_their_own_member() throws Exception {
        RememberingJwtDecoder decoder = decoder(50);
        List<String> issued = new ArrayList<>();
        for (long member = 1; member <= 100; member++) {
            issued.add(accessToken(member, Duration.ofHours(1)));
        }
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int call = 0; call < 2_000; call++) {
                int member = call % issued.size();
                results.add(callers.submit(() ->
                        decoder.decode(issued.get(member)).getSubject().equals(Long.toString(member + 1))));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(decoder.size()).isLessThanOrEqualTo(50);
    }

    @Test
    void a_token_presented_by_many_callers_at_once_is_verified_once() throws Exception {
        RememberingJwtDecoder decoder = decoder(10);
        String token = accessToken(7, Duration.ofHours(1));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> subjects = new ArrayList<>();
            for (int caller = 0; caller < 8; caller++) {
                subjects.add(callers.submit(() -> {
                    start.await();
                    return decoder.decode(token).getSubject();
                }));
            }
            start.countDown();
            for (Future<String> subject : subjects) {
                assertThat(subject.get()).isEqualTo("7");
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(checker.calls()).isEqualTo(1);
    }

    @Test
    void the_app_decoders_remember_what_they_verified() {
        JwtDecoder access = JwtCodecs.decoder(PROPERTIES, TokenType.ACCESS, clock);

        assertThat(access).isInstanceOf(RememberingJwtDecoder.class);
        String token = accessToken(9, Duration.ofHours(1));
        access.decode(token);
        assertThat(((RememberingJwtDecoder) access).size()).isEqualTo(1);
    }
}
