package kr.co.whaling.application.vote.service;

import static kr.co.whaling.application.Fixtures.BTC;
import static kr.co.whaling.application.Fixtures.CLOCK;
import static kr.co.whaling.application.Fixtures.ETH;
import static kr.co.whaling.application.Fixtures.NOW;
import static kr.co.whaling.application.Fixtures.RULES;
import static kr.co.whaling.application.Fixtures.coin;
import static kr.co.whaling.application.Fixtures.listedCoin;
import static kr.co.whaling.application.Fixtures.member;
import static kr.co.whaling.application.Fixtures.quote;
import static kr.co.whaling.application.Fixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import kr.co.whaling.application.coin.DailyCloseHistory;
import kr.co.whaling.application.coin.PriceSourceUnavailableException;
import kr.co.whaling.application.coin.StoredDailyCloses;
import kr.co.whaling.application.coin.port.out.LoadCoinPort;
import kr.co.whaling.application.coin.port.out.LoadDailyClosesPort;
import kr.co.whaling.application.coin.port.out.LoadPriceNowPort;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.application.vote.port.in.CreateVoteCommand;
import kr.co.whaling.application.vote.port.out.SaveVotePort;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.CoinNotAvailableException;
import kr.co.whaling.domain.coin.DailyClose;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.coin.PriceUnavailableException;
import kr.co.whaling.domain.baserate.QuestionTooCertainException;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.InvalidValueException;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.NotFoundException;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Range;
import kr.co.whaling.domain.terms.Schedule;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.terms.VoteTerms;
import kr.co.whaling.domain.testdata.Prices;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VotePricing;
import kr.co.whaling.domain.vote.VoteState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CreateVoteServiceTest {

    private static final MemberId CREATOR = new MemberId(7);
    /** The Seoul date of {@code NOW} (2025-03-10 12:00 in Seoul). */
    private static final LocalDate TODAY = LocalDate.parse("2025-03-10");

    @Mock
    private LoadMemberPort loadMemberPort;
    @Mock
    private LoadCoinPort loadCoinPort;
    @Mock
    private LoadPriceNowPort loadPriceNowPort;
    @Mock
    private SaveVotePort saveVotePort;
    @Mock
    private LoadDailyClosesPort loadDailyClosesPort;

    private final StoredDailyCloses storedCloses = new StoredDailyCloses();
    private CreateVoteService service;

    /**
     * By default BTC and ETH have yesterday's close stored and nothing before: a fresh history too short
     * for a base rate, so nothing asks the price source for daily closes.
     */
    @BeforeEach
    void setUp() {
        storedCloses.given(BTC, List.of(new DailyClose(TODAY.minusDays(1), Prices.krw("100"))));
        storedCloses.given(ETH, List.of(new DailyClose(TODAY.minusDays(1), Prices.krw("100"))));
        service = new CreateVoteService(loadMemberPort, loadCoinPort,
                new DailyCloseHistory(loadDailyClosesPort, storedCloses, RULES.baseRates()), loadPriceNowPort,
                saveVotePort, CLOCK, RULES);
    }

    /**
     * Closes of the 365 days before today, day {@code k} (0 = 2024-03-10, 364 = yesterday) at
     * {@code price.apply(k)}: the whole lookback of the standard base rate.
     */
    private static List<DailyClose> lookback(IntFunction<String> price) {
        return IntStream.range(0, 365)
                .mapToObj(k -> new DailyClose(TODAY.minusDays(365 - k), Prices.krw(price.apply(k)))).toList();
    }

    @Test
    void the_base_rate_taken_from_the_coin_s_daily_closes_is_saved_with_the_question() {
        // 100 on even days, 110 on odd ones. "Up 5% within a day" has a window per start day k = 0..363
        // (ending on k + 1, yesterday at the latest): YES from 100 to 110 (k even), NO from 110 to 100.
        // So YES in 182 of 364 windows.
        storedCloses.given(BTC, lookback(k -> k % 2 == 0 ? "100" : "110"));
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(listedCoin(BTC)));
        when(saveVotePort.createVote(any(), any())).thenReturn(new VoteId(40));

        service.createVote(new CreateVoteCommand(CREATOR, "BTC", Direction.UP, 5, Horizon.DAY));

        ArgumentCaptor<Vote> saved = ArgumentCaptor.forClass(Vote.class);
        verify(saveVotePort).createVote(saved.capture(), eq(NOW));
        assertThat(saved.getValue().baseRate()).hasValueSatisfying(rate -> {
            assertThat(rate.yesWindows()).isEqualTo(182);
            assertThat(rate.windows()).isEqualTo(364);
            assertThat(rate.share()).isEqualTo(0.5);
        });
        verifyNoInteractions(loadDailyClosesPort);
    }

    @Test
    void a_question_without_enough_history_is_saved_without_a_base_rate() {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(listedCoin(BTC)));
        when(saveVotePort.createVote(any(), any())).thenReturn(new VoteId(41));

        service.createVote(new CreateVoteCommand(CREATOR, "BTC", Direction.UP, 5, Horizon.DAY));

        ArgumentCaptor<Vote> saved = ArgumentCaptor.forClass(Vote.class);
        verify(saveVotePort).createVote(saved.capture(), eq(NOW));
        assertThat(saved.getValue().baseRate()).isEmpty();
    }

    @Test
    void a_near_certain_member_question_is_refused_before_the_price_source_is_asked_and_nothing_is_charged() {
        // BTC stayed at 100 all year: "up 5% within a day" came true in 0 of 364 windows (0% < 2%).
        storedCloses.given(BTC, lookback(k -> "100"));
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(staleCoin(BTC)));

        assertThatExceptionOfType(QuestionTooCertainException.class)
                .isThrownBy(() -> service.createVote(
                        new CreateVoteCommand(CREATOR, "BTC", Direction.UP, 5, Horizon.DAY)))
                .satisfies(refused -> {
                    assertThat(refused.field()).isEqualTo("range");
                    assertThat(refused.arguments()).containsExactly(0, 364);
                });
        verifyNoInteractions(loadPriceNowPort, saveVotePort);
    }

    @Test
    void a_staff_question_passes_the_guardrail_and_keeps_its_base_rate() {
        storedCloses.given(BTC, lookback(k -> "100"));
        when(loadMemberPort.loadMember(new MemberId(1))).thenReturn(Optional.of(staff(1)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(listedCoin(BTC)));
        when(saveVotePort.createVote(any(), any())).thenReturn(new VoteId(42));

        service.createVote(new CreateVoteCommand(new MemberId(1), "BTC", Direction.UP, 5, Horizon.DAY));

        ArgumentCaptor<Vote> saved = ArgumentCaptor.forClass(Vote.class);
        verify(saveVotePort).createVote(saved.capture(), any());
        assertThat(saved.getValue().baseRate()).hasValueSatisfying(rate -> {
            assertThat(rate.yesWindows()).isZero();
            assertThat(rate.windows()).isEqualTo(364);
        });
    }

    @Test
    void a_coin_with_no_stored_history_and_the_source_down_is_refused_and_nothing_is_charged() {
        CoinCode sol = new CoinCode("SOL");
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(sol)).thenReturn(Optional.of(listedCoin(sol)));
        when(loadDailyClosesPort.loadDailyCloses(eq(sol), any(), any()))
                .thenThrow(new PriceSourceUnavailableException("upbit timed out"));

        assertThatExceptionOfType(PriceUnavailableException.class)
                .isThrownBy(() -> service.createVote(
                        new CreateVoteCommand(CREATOR, "SOL", Direction.UP, 5, Horizon.DAY)))
                .satisfies(refused -> assertThat(refused.coinCode()).isEqualTo(sol));
        verifyNoInteractions(loadPriceNowPort, saveVotePort);
    }

    @Test
    void a_question_is_priced_at_the_stored_fresh_quote_without_asking_the_price_source() {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC))
                .thenReturn(Optional.of(coinQuoted(BTC, quote(BTC, "143250000.5", NOW.minus(Duration.ofMinutes(5))))));
        when(saveVotePort.createVote(any(), any())).thenReturn(new VoteId(31));

        VoteId created = service.createVote(new CreateVoteCommand(CREATOR, "BTC", Direction.UP, 5, Horizon.WEEK));

        assertThat(created).isEqualTo(new VoteId(31));
        ArgumentCaptor<Vote> saved = ArgumentCaptor.forClass(Vote.class);
        verify(saveVotePort).createVote(saved.capture(), eq(NOW));
        Vote vote = saved.getValue();
        assertThatThrownBy(vote::id).isInstanceOf(IllegalStateException.class);
        assertThat(vote.creatorId()).isEqualTo(CREATOR);
        assertThat(vote.official()).isFalse();
        assertThat(vote.terms()).isEqualTo(new VoteTerms(BTC, Direction.UP, new Range(5), Horizon.WEEK));
        assertThat(vote.createdPrice()).isEqualTo(Prices.krw("143250000.5"));
        assertThat(vote.schedule()).isEqualTo(new Schedule(NOW, NOW.plus(Duration.ofDays(3)),
                NOW.plus(Duration.ofDays(7))));
        assertThat(vote.pricing()).isEqualTo(new VotePricing(Points.of(50), Points.of(10), Points.of(20)));
        assertThat(vote.state()).isEqualTo(VoteState.ONGOING);
        assertThat(vote.tally()).isEqualTo(Tally.EMPTY);
        verifyNoInteractions(loadPriceNowPort);
    }

    @ParameterizedTest(name = "stored quote {0} old: one live look-up")
    @CsvSource({"PT5M1S", "PT1H"})
    void with_a_stored_quote_too_old_the_price_source_is_asked_once(Duration age) {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(coinQuoted(BTC, quote(BTC, "100", NOW.minus(age)))));
        when(loadPriceNowPort.loadPriceNow(BTC)).thenReturn(Optional.of(quote(BTC, "143250000", NOW.minusSeconds(2))));
        when(saveVotePort.createVote(any(), any())).thenReturn(new VoteId(34));

        service.createVote(new CreateVoteCommand(CREATOR, "BTC", Direction.UP, 5, Horizon.DAY));

        ArgumentCaptor<Vote> saved = ArgumentCaptor.forClass(Vote.class);
        verify(saveVotePort).createVote(saved.capture(), eq(NOW));
        assertThat(saved.getValue().createdPrice()).isEqualTo(Prices.krw("143250000"));
        verify(loadPriceNowPort).loadPriceNow(BTC);
    }

    @Test
    void a_coin_never_quoted_yet_is_priced_by_one_live_look_up() {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(coinQuoted(BTC, null)));
        when(loadPriceNowPort.loadPriceNow(BTC)).thenReturn(Optional.of(quote(BTC, "99", NOW)));
        when(saveVotePort.createVote(any(), any())).thenReturn(new VoteId(35));

        service.createVote(new CreateVoteCommand(CREATOR, "BTC", Direction.UP, 5, Horizon.DAY));

        ArgumentCaptor<Vote> saved = ArgumentCaptor.forClass(Vote.class);
        verify(saveVotePort).createVote(saved.capture(), eq(NOW));
        assertThat(saved.getValue().createdPrice()).isEqualTo(Prices.krw("99"));
    }

    @Test
    void the_coin_code_is_read_as_the_member_typed_it() {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(ETH)).thenReturn(Optional.of(coinQuoted(ETH, quote(ETH, "5120000", NOW))));
        when(saveVotePort.createVote(any(), any())).thenReturn(new VoteId(32));

        service.createVote(new CreateVoteCommand(CREATOR, " eth ", Direction.DOWN, 99, Horizon.DAY));

        ArgumentCaptor<Vote> saved = ArgumentCaptor.forClass(Vote.class);
        verify(saveVotePort).createVote(saved.capture(), any());
        assertThat(saved.getValue().terms().coin()).isEqualTo(ETH);
        assertThat(saved.getValue().createdPrice()).isEqualTo(Prices.krw("5120000"));
    }

    @Test
    void a_staff_question_is_official_and_free_to_create_even_with_no_points() {
        when(loadMemberPort.loadMember(new MemberId(1))).thenReturn(Optional.of(staff(1)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(listedCoin(BTC)));
        when(saveVotePort.createVote(any(), any())).thenReturn(new VoteId(33));

        service.createVote(new CreateVoteCommand(new MemberId(1), "BTC", Direction.UP, 300, Horizon.MONTH));

        ArgumentCaptor<Vote> saved = ArgumentCaptor.forClass(Vote.class);
        verify(saveVotePort).createVote(saved.capture(), any());
        assertThat(saved.getValue().official()).isTrue();
        assertThat(saved.getValue().pricing()).isEqualTo(new VotePricing(Points.ZERO, Points.ZERO, Points.of(30)));
    }

    @Test
    void an_unknown_creator_is_not_found_and_nothing_is_priced_or_saved() {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.empty());

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> service.createVote(
                        new CreateVoteCommand(CREATOR, "BTC", Direction.UP, 5, Horizon.DAY)))
                .satisfies(missing -> assertThat(missing.kind()).isEqualTo("member"));
        verifyNoInteractions(loadPriceNowPort, saveVotePort);
    }

    @Test
    void a_malformed_coin_code_is_refused_and_nothing_is_priced_or_saved() {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> service.createVote(
                        new CreateVoteCommand(CREATOR, "KRW-BTC", Direction.UP, 5, Horizon.DAY)))
                .satisfies(invalid -> assertThat(invalid.field()).isEqualTo("coin_code"));
        verifyNoInteractions(loadCoinPort, loadPriceNowPort, saveVotePort);
    }

    @Test
    void an_unknown_coin_is_refused_before_the_price_source_is_asked() {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(new CoinCode("NOPE"))).thenReturn(Optional.empty());

        assertThatExceptionOfType(CoinNotAvailableException.class)
                .isThrownBy(() -> service.createVote(
                        new CreateVoteCommand(CREATOR, "nope", Direction.UP, 5, Horizon.DAY)))
                .satisfies(refused -> assertThat(refused.reason()).isEqualTo(CoinNotAvailableException.Reason.UNKNOWN));
        verifyNoInteractions(loadPriceNowPort, saveVotePort);
    }

    @ParameterizedTest(name = "warning {0}, listed {1}: {2}")
    @CsvSource({"true, true, WARNING", "false, false, DELISTED", "true, false, DELISTED"})
    void a_coin_under_warning_or_no_longer_listed_is_refused_before_the_price_source_is_asked(
            boolean warning, boolean listed, CoinNotAvailableException.Reason reason) {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(coin(BTC, warning, listed)));

        assertThatExceptionOfType(CoinNotAvailableException.class)
                .isThrownBy(() -> service.createVote(
                        new CreateVoteCommand(CREATOR, "BTC", Direction.UP, 5, Horizon.DAY)))
                .satisfies(refused -> assertThat(refused.reason()).isEqualTo(reason));
        verifyNoInteractions(loadPriceNowPort, saveVotePort);
    }

    @ParameterizedTest(name = "{0} {1}%")
    @CsvSource({"UP, 0", "UP, 301", "DOWN, 100", "DOWN, 300", "DOWN, -5"})
    void a_range_out_of_bounds_is_refused_before_the_price_source_is_asked(Direction direction, int range) {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(listedCoin(BTC)));

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> service.createVote(
                        new CreateVoteCommand(CREATOR, "BTC", direction, range, Horizon.DAY)))
                .satisfies(invalid -> assertThat(invalid.field()).isEqualTo("range"));
        verifyNoInteractions(loadPriceNowPort, saveVotePort);
    }

    @Test
    void a_creator_who_cannot_pay_the_fee_is_refused_before_the_price_source_is_asked() {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 49)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(listedCoin(BTC)));

        assertThatExceptionOfType(NotEnoughPointsException.class)
                .isThrownBy(() -> service.createVote(
                        new CreateVoteCommand(CREATOR, "BTC", Direction.UP, 5, Horizon.DAY)))
                .satisfies(refused -> {
                    assertThat(refused.required()).isEqualTo(50);
                    assertThat(refused.available()).isEqualTo(49);
                });
        verifyNoInteractions(loadPriceNowPort, saveVotePort);
    }

    @Test
    void without_a_fresh_stored_quote_the_price_source_being_down_refuses_the_question_and_charges_nothing() {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(staleCoin(BTC)));
        PriceSourceUnavailableException down = new PriceSourceUnavailableException("upbit timed out");
        when(loadPriceNowPort.loadPriceNow(BTC)).thenThrow(down);

        assertThatExceptionOfType(PriceUnavailableException.class)
                .isThrownBy(() -> service.createVote(
                        new CreateVoteCommand(CREATOR, "BTC", Direction.UP, 5, Horizon.DAY)))
                .satisfies(refused -> {
                    assertThat(refused.coinCode()).isEqualTo(BTC);
                    assertThat(refused).hasCause(down);
                });
        verify(loadPriceNowPort).loadPriceNow(BTC);
        verifyNoInteractions(saveVotePort);
    }

    @Test
    void a_coin_the_price_source_does_not_quote_is_refused_and_nothing_is_charged() {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(staleCoin(BTC)));
        when(loadPriceNowPort.loadPriceNow(BTC)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.createVote(
                new CreateVoteCommand(CREATOR, "BTC", Direction.UP, 5, Horizon.DAY)))
                .isInstanceOf(PriceUnavailableException.class);
        verifyNoInteractions(saveVotePort);
    }

    @Test
    void a_live_quote_of_another_coin_is_no_price() {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(staleCoin(BTC)));
        when(loadPriceNowPort.loadPriceNow(BTC)).thenReturn(Optional.of(quote(ETH, "5120000", NOW)));

        assertThatThrownBy(() -> service.createVote(
                new CreateVoteCommand(CREATOR, "BTC", Direction.UP, 5, Horizon.DAY)))
                .isInstanceOf(PriceUnavailableException.class);
        verifyNoInteractions(saveVotePort);
    }

    @Test
    void a_live_quote_older_than_five_minutes_is_no_price_and_nothing_is_charged() {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(staleCoin(BTC)));
        Instant stale = NOW.minus(Duration.ofMinutes(5)).minusSeconds(1);
        when(loadPriceNowPort.loadPriceNow(BTC)).thenReturn(Optional.of(quote(BTC, "100", stale)));

        assertThatThrownBy(() -> service.createVote(
                new CreateVoteCommand(CREATOR, "BTC", Direction.UP, 5, Horizon.DAY)))
                .isInstanceOf(PriceUnavailableException.class);
        verifyNoInteractions(saveVotePort);
    }

    @Test
    void a_balance_spent_meanwhile_is_refused_by_the_port_and_reported_as_it_was() {
        when(loadMemberPort.loadMember(CREATOR)).thenReturn(Optional.of(member(7, 300)));
        when(loadCoinPort.loadCoin(BTC)).thenReturn(Optional.of(listedCoin(BTC)));
        NotEnoughPointsException refused = new NotEnoughPointsException(Points.of(50), Points.of(20));
        when(saveVotePort.createVote(any(), any())).thenThrow(refused);

        assertThatThrownBy(() -> service.createVote(
                new CreateVoteCommand(CREATOR, "BTC", Direction.UP, 5, Horizon.DAY)))
                .isSameAs(refused);
    }

    /** A listed coin whose stored latest quote is {@code latest} (none when null). */
    private static Coin coinQuoted(CoinCode code, PriceQuote latest) {
        return Coin.restore(code, "코인" + code.value(), "Coin " + code.value(), null, false, true, latest);
    }

    /** A listed coin whose stored quote is six minutes old: too old to create with. */
    private static Coin staleCoin(CoinCode code) {
        return coinQuoted(code, quote(code, "100", NOW.minus(Duration.ofMinutes(6))));
    }
}
