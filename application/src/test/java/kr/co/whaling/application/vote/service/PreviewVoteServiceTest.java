package kr.co.whaling.application.vote.service;

import static kr.co.whaling.application.Fixtures.BTC;
import static kr.co.whaling.application.Fixtures.CLOCK;
import static kr.co.whaling.application.Fixtures.RULES;
import static kr.co.whaling.application.Fixtures.coin;
import static kr.co.whaling.application.Fixtures.listedCoin;
import static kr.co.whaling.application.Fixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import kr.co.whaling.application.coin.DailyCloseHistory;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.application.coin.StoredDailyCloses;
import kr.co.whaling.application.coin.model.CoinSummary;
import kr.co.whaling.application.coin.port.out.LoadCoinPort;
import kr.co.whaling.application.coin.port.out.LoadDailyClosesPort;
import kr.co.whaling.application.coin.port.out.LoadPriceNowPort;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.application.vote.model.VotePreview;
import kr.co.whaling.application.vote.port.in.PreviewVoteQuery;
import kr.co.whaling.domain.baserate.QuestionTooCertainException;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.CoinNotAvailableException;
import kr.co.whaling.domain.coin.DailyClose;
import kr.co.whaling.domain.coin.PriceUnavailableException;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.shared.InvalidValueException;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.testdata.Prices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** Previewing a question: what creating it would cost, its base rate, and the refusal it would meet. */
@ExtendWith(MockitoExtension.class)
class PreviewVoteServiceTest {

    private static final MemberId CREATOR = new MemberId(7);
    /** The Seoul date of the fixtures' NOW (2025-03-10 12:00 in Seoul). */
    private static final LocalDate TODAY = LocalDate.parse("2025-03-10");

    @Mock
    private LoadMemberPort loadMemberPort;
    @Mock
    private LoadCoinPort loadCoinPort;
    @Mock
    private LoadPriceNowPort loadPriceNowPort;
    @Mock
    private LoadDailyClosesPort loadDailyClosesPort;

    private final StoredDailyCloses storedCloses = new StoredDailyCloses();
    private PreviewVoteService service;

    @BeforeEach
    void setUp() {
        service = new PreviewVoteService(loadMemberPort, loadCoinPort,
                new DailyCloseHistory(loadDailyClosesPort, storedCloses, RULES.baseRates()), loadPriceNowPort, CLOCK,
                RULES);
    }

    /** Closes of the 365 days before today, day {@code k} (0 = 2024-03-10, 364 = yesterday) at {@code price(k)}. */
    private static List<DailyClose> lookback(IntFunction<String> price) {
        return IntStream.range(0, 365)
                .mapToObj(k -> new DailyClose(TODAY.minusDays(365 - k), Prices.krw(price.apply(k)))).toList();
    }

    private VotePreview preview(String coin, int range) {
        return service.previewVote(new PreviewVoteQuery(CREATOR, coin, Direction.UP, range, Horizon.DAY));
    }

    @Test
    void an_allowed_question_shows_its_price_target_and_base_rate_and_asks_no_price_source() {
        // 100 on even days, 110 on odd ones: "up 5% within a day" came true in 182 of 364 windows.
        storedCloses.given(BTC, lookback(k -> k % 2 == 0 ? "100" : "110"));
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(listedCoin(BTC)));

        VotePreview preview = preview("btc", 5);

        assertThat(preview.allowed()).isTrue();
        assertThat(preview.refusal()).isEmpty();
        assertThat(preview.coin()).contains(new CoinSummary(BTC, "코인BTC", "https://static.upbit.com/BTC.png"));
        // Quoted at 100 a minute ago; up 5%: 105.
        assertThat(preview.createdPrice()).contains(Prices.krw("100"));
        assertThat(preview.targetPrice()).hasValueSatisfying(
                target -> assertThat(target).isEqualByComparingTo(new BigDecimal("105")));
        assertThat(preview.baseRate()).hasValueSatisfying(rate -> {
            assertThat(rate.yesWindows()).isEqualTo(182);
            assertThat(rate.windows()).isEqualTo(364);
        });
        verifyNoInteractions(loadPriceNowPort, loadDailyClosesPort);
    }

    @Test
    void a_near_certain_question_is_shown_with_its_base_rate_and_the_guardrail_s_refusal() {
        storedCloses.given(BTC, lookback(k -> "100"));
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(listedCoin(BTC)));

        VotePreview preview = preview("BTC", 5);

        assertThat(preview.allowed()).isFalse();
        assertThat(preview.refusal()).hasValueSatisfying(refusal -> {
            assertThat(refusal).isInstanceOf(QuestionTooCertainException.class);
            assertThat(refusal.arguments()).containsExactly(0, 364);
        });
        assertThat(preview.baseRate()).hasValueSatisfying(rate -> assertThat(rate.yesWindows()).isZero());
        assertThat(preview.createdPrice()).contains(Prices.krw("100"));
    }

    @Test
    void a_member_short_of_points_sees_the_question_and_the_points_refusal() {
        storedCloses.given(BTC, lookback(k -> k % 2 == 0 ? "100" : "110"));
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 49)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(listedCoin(BTC)));

        VotePreview preview = preview("BTC", 5);

        assertThat(preview.refusal()).containsInstanceOf(NotEnoughPointsException.class);
        assertThat(preview.baseRate()).isPresent();
        assertThat(preview.createdPrice()).contains(Prices.krw("100"));
    }

    @Test
    void a_range_the_rules_refuse_is_shown_with_its_coin_and_nothing_else() {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(listedCoin(BTC)));

        VotePreview preview = preview("BTC", 301);

        assertThat(preview.refusal()).hasValueSatisfying(refusal ->
                assertThat(((InvalidValueException) refusal).field()).isEqualTo("range"));
        assertThat(preview.coin()).isPresent();
        assertThat(preview.createdPrice()).isEmpty();
        assertThat(preview.baseRate()).isEmpty();
        verifyNoInteractions(loadPriceNowPort, loadDailyClosesPort);
    }

    @Test
    void a_coin_under_warning_is_refused_as_creation_refuses_it() {
        storedCloses.given(BTC, lookback(k -> k % 2 == 0 ? "100" : "110"));
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(coin(BTC, true, true)));

        VotePreview preview = preview("BTC", 5);

        assertThat(preview.refusal()).hasValueSatisfying(refusal -> assertThat(
                ((CoinNotAvailableException) refusal).reason()).isEqualTo(CoinNotAvailableException.Reason.WARNING));
    }

    @Test
    void an_unknown_coin_is_refused_with_nothing_to_show() {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(new CoinCode("NOPE"))).thenReturn(Optional.empty());

        VotePreview preview = preview("nope", 5);

        assertThat(preview.allowed()).isFalse();
        assertThat(preview.coin()).isEmpty();
        assertThat(preview.refusal()).containsInstanceOf(CoinNotAvailableException.class);
    }

    @Test
    void without_history_and_with_the_source_down_nothing_can_be_told() {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(listedCoin(BTC)));
        when(loadDailyClosesPort.loadDailyCloses(eq(BTC), any(), any()))
                .thenThrow(new PriceSourceUnavailableException("upbit timed out"));

        assertThatExceptionOfType(PriceUnavailableException.class).isThrownBy(() -> preview("BTC", 5));
    }
}
