package kr.co.whaling.adapter.in.web.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import kr.co.whaling.application.shared.PageRequest;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.CoinNotAvailableException;
import kr.co.whaling.domain.coin.PriceUnavailableException;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.member.NicknameTakenException;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.DomainException;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.NotFoundException;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Range;
import kr.co.whaling.domain.terms.RangePolicy;
import kr.co.whaling.domain.testdata.Prices;
import kr.co.whaling.domain.vote.AlreadyAnsweredException;
import kr.co.whaling.domain.vote.VoteClosedException;
import kr.co.whaling.domain.vote.VoteNotSettleableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every broken rule the domain can report has a Korean and an English message that formats cleanly. */
class MessagesBundleTest {

    /** One instance of every domain refusal, made the way the domain makes it. */
    static Stream<DomainException> domainRefusals() {
        List<DomainException> refusals = new ArrayList<>();
        refusals.add(catchThrowableOfType(DomainException.class, () -> CoinCode.parse("btc-usd")));
        refusals.add(catchThrowableOfType(DomainException.class, () -> Prices.krw("0")));
        refusals.add(catchThrowableOfType(DomainException.class, () -> Points.of(-1)));
        refusals.add(catchThrowableOfType(DomainException.class, () -> new Nickname(" ")));
        refusals.add(catchThrowableOfType(DomainException.class, () -> new Nickname("x".repeat(21))));
        refusals.add(catchThrowableOfType(DomainException.class, () -> new Nickname("a b")));
        refusals.add(catchThrowableOfType(DomainException.class, () -> new Range(0)));
        refusals.add(catchThrowableOfType(DomainException.class, () -> RangePolicy.standard().check(Direction.DOWN, 100)));
        for (CoinNotAvailableException.Reason reason : CoinNotAvailableException.Reason.values()) {
            refusals.add(new CoinNotAvailableException(new CoinCode("BTC"), reason));
        }
        refusals.add(new NicknameTakenException(new Nickname("whale")));
        refusals.add(new PriceUnavailableException(new CoinCode("BTC"), "stale"));
        refusals.add(new NotEnoughPointsException(Points.of(50), Points.of(10)));
        refusals.add(new VoteClosedException(new VoteId(1)));
        refusals.add(new AlreadyAnsweredException(new VoteId(1)));
        refusals.add(new VoteNotSettleableException(new VoteId(1)));
        refusals.add(new NotFoundException("vote", new VoteId(1)));
        refusals.add(new NotFoundException("member", new MemberId(1)));
        refusals.add(new NotFoundException("coin", new CoinCode("BTC")));
        refusals.add(catchThrowableOfType(DomainException.class, () -> new PageRequest(1_000_000, 20)));
        return refusals.stream();
    }

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    @ParameterizedTest
    @MethodSource("domainRefusals")
    void every_domain_refusal_has_a_korean_and_an_english_message(DomainException refusal) {
        String korean = MESSAGES.getMessage(refusal.code(), refusal.arguments(), null, Locale.KOREAN);
        String english = MESSAGES.getMessage(refusal.code(), refusal.arguments(), null, Locale.ENGLISH);

        assertThat(korean).as(refusal.code()).isNotBlank().doesNotContain("{").matches(".*[가-힣].*");
        assertThat(english).as(refusal.code()).isNotBlank().doesNotContain("{").doesNotMatch(".*[가-힣].*");
    }

    @Test
    void both_bundles_have_the_same_keys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void korean_is_also_what_an_explicit_korean_request_gets() {
        assertThat(MESSAGES.getMessage("auth.required", null, Locale.KOREA))
                .isEqualTo(MESSAGES.getMessage("auth.required", null, Locale.ROOT));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
