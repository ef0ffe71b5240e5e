package kr.co.whaling.application.vote.service;

import static kr.co.whaling.application.Fixtures.BTC;
import static kr.co.whaling.application.Fixtures.CLOCK;
import static kr.co.whaling.application.Fixtures.NOW;
import static kr.co.whaling.application.Fixtures.RULES;
import static kr.co.whaling.application.Fixtures.candle;
import static kr.co.whaling.application.Fixtures.dueVote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kr.co.whaling.application.coin.port.out.LoadPriceAtPort;
import kr.co.whaling.application.shared.SkippedItem;
import kr.co.whaling.application.vote.VoteChunks;
import kr.co.whaling.application.vote.model.SettlementReport;
import kr.co.whaling.application.vote.port.out.ApplySettlementPort;
import kr.co.whaling.application.vote.port.out.LoadVotePort;
import kr.co.whaling.application.vote.port.out.LoadVotePort.VoteChunk;
import kr.co.whaling.domain.coin.CandleLookup;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.testdata.Prices;
import kr.co.whaling.domain.vote.Settlement;
import kr.co.whaling.domain.vote.Voiding;
import kr.co.whaling.domain.vote.Vote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class SettleDueVotesServiceTest {

    private static final int CHUNK = 2;
    private static final Instant TEN_MINUTES_AGO = NOW.minus(Duration.ofMinutes(10));
    private static final Instant A_DAY_AGO = NOW.minus(Duration.ofHours(24));

    @Mock
    private LoadVotePort loadVotePort;
    @Mock
    private LoadPriceAtPort loadPriceAtPort;
    @Mock
    private ApplySettlementPort applySettlementPort;

    private SettleDueVotesService service;

    @BeforeEach
    void setUp() {
        service = new SettleDueVotesService(loadVotePort, loadPriceAtPort, applySettlementPort, CLOCK, RULES, CHUNK);
    }

    @Test
    void a_question_is_settled_with_the_price_at_its_settlement_time() {
        Vote vote = dueVote(11, TEN_MINUTES_AGO, new Tally(3, 1, 1, 0));
        givenDue(List.of(vote));
        MinuteCandle evidence = candle(BTC, TEN_MINUTES_AGO.minus(Duration.ofMinutes(1)), "106");
        when(loadPriceAtPort.loadLatestCandleAtOrBefore(BTC, TEN_MINUTES_AGO)).thenReturn(CandleLookup.found(evidence));
        when(applySettlementPort.applySettlement(any())).thenReturn(true);

        SettlementReport report = service.settleDueVotes();

        assertThat(report).isEqualTo(new SettlementReport(1, 0, 0, List.of()));
        ArgumentCaptor<Settlement> applied = ArgumentCaptor.forClass(Settlement.class);
        verify(applySettlementPort).applySettlement(applied.capture());
        Settlement settlement = applied.getValue();
        assertThat(settlement.voteId()).isEqualTo(new VoteId(11));
        assertThat(settlement.outcome().answer()).isEqualTo(Choice.YES);
        assertThat(settlement.outcome().target()).isEqualByComparingTo(new BigDecimal("105"));
        assertThat(settlement.outcome().finalPrice()).isEqualTo(Prices.krw("106"));
        assertThat(settlement.evidence()).isEqualTo(evidence);
        assertThat(settlement.crowdVerdict()).contains(true);
        assertThat(settlement.whaleVerdict()).contains(true);
        assertThat(settlement.rewardPerRightAnswer()).isEqualTo(Points.of(20));
        assertThat(settlement.settledAt()).isEqualTo(NOW);
        verify(applySettlementPort, never()).applyVoiding(any());
    }

    @Test
    void a_question_without_a_price_waits_and_nothing_is_applied() {
        givenDue(List.of(dueVote(11, TEN_MINUTES_AGO)));
        when(loadPriceAtPort.loadLatestCandleAtOrBefore(BTC, TEN_MINUTES_AGO)).thenReturn(CandleLookup.noCandle());

        assertThat(service.settleDueVotes()).isEqualTo(new SettlementReport(0, 0, 1, List.of()));
        verifyNoInteractions(applySettlementPort);
    }

    @Test
    void a_candle_more_than_an_hour_older_than_the_settlement_time_is_no_price() {
        givenDue(List.of(dueVote(11, TEN_MINUTES_AGO)));
        when(loadPriceAtPort.loadLatestCandleAtOrBefore(BTC, TEN_MINUTES_AGO))
                .thenReturn(CandleLookup.found(candle(BTC, TEN_MINUTES_AGO.minus(Duration.ofMinutes(61)), "106")));

        assertThat(service.settleDueVotes()).isEqualTo(new SettlementReport(0, 0, 1, List.of()));
        verifyNoInteractions(applySettlementPort);
    }

    @Test
    void a_question_still_without_a_price_24_hours_after_its_settlement_time_is_voided_and_refunded() {
        givenDue(List.of(dueVote(11, A_DAY_AGO)));
        when(loadPriceAtPort.loadLatestCandleAtOrBefore(BTC, A_DAY_AGO)).thenReturn(CandleLookup.noCandle());
        when(applySettlementPort.applyVoiding(any())).thenReturn(true);

        assertThat(service.settleDueVotes()).isEqualTo(new SettlementReport(0, 1, 0, List.of()));
        verify(applySettlementPort).applyVoiding(
                new Voiding(new VoteId(11), new MemberId(1), Points.of(50), Points.of(10), NOW));
        verify(applySettlementPort, never()).applySettlement(any());
    }

    @Test
    void a_failed_call_to_the_price_source_leaves_the_question_waiting() {
        givenDue(List.of(dueVote(11, TEN_MINUTES_AGO)));
        when(loadPriceAtPort.loadLatestCandleAtOrBefore(BTC, TEN_MINUTES_AGO))
                .thenReturn(CandleLookup.failed("Upbit answered 500"));

        assertThat(service.settleDueVotes()).isEqualTo(new SettlementReport(0, 0, 1, List.of()));
        verifyNoInteractions(applySettlementPort);
    }

    @ParameterizedTest(name = "a call failing {0} after the settlement time voids nothing")
    @ValueSource(strings = {"PT24H", "PT25H", "P10D"})
    void a_failed_call_never_voids_a_question_however_late(Duration late) {
        Instant settlesAt = NOW.minus(late);
        givenDue(List.of(dueVote(11, settlesAt), dueVote(12, settlesAt)));
        when(loadVotePort.loadVotesDueForSettlement(NOW, 12, CHUNK)).thenReturn(VoteChunks.readable(List.of(), 12));
        when(loadPriceAtPort.loadLatestCandleAtOrBefore(BTC, settlesAt))
                .thenReturn(CandleLookup.failed("Upbit answered 500"))
                .thenReturn(CandleLookup.failed("Upbit candles timed out"));

        assertThat(service.settleDueVotes()).isEqualTo(new SettlementReport(0, 0, 2, List.of()));
        verifyNoInteractions(applySettlementPort);
    }

    @Test
    void late_questions_whose_calls_failed_are_settled_once_the_source_answers() {
        Instant settlesAt = NOW.minus(Duration.ofHours(25));
        givenDue(List.of(dueVote(11, settlesAt)));
        when(loadPriceAtPort.loadLatestCandleAtOrBefore(BTC, settlesAt))
                .thenReturn(CandleLookup.failed("circuit open"))
                .thenReturn(CandleLookup.found(candle(BTC, settlesAt, "106")));
        when(applySettlementPort.applySettlement(any())).thenReturn(true);

        assertThat(service.settleDueVotes()).isEqualTo(new SettlementReport(0, 0, 1, List.of()));
        assertThat(service.settleDueVotes()).isEqualTo(new SettlementReport(1, 0, 0, List.of()));
        verify(applySettlementPort, never()).applyVoiding(any());
    }

    @Test
    void every_chunk_is_loaded_after_the_last_id_of_the_one_before_until_a_chunk_is_not_full() {
        Instant anHourAgo = NOW.minus(Duration.ofHours(1));
        when(loadVotePort.loadVotesDueForSettlement(NOW, 0, CHUNK))
                .thenReturn(VoteChunks.readable(List.of(dueVote(3, anHourAgo), dueVote(8, anHourAgo)), 0));
        when(loadVotePort.loadVotesDueForSettlement(NOW, 8, CHUNK))
                .thenReturn(VoteChunks.readable(List.of(dueVote(15, anHourAgo)), 8));
        when(loadPriceAtPort.loadLatestCandleAtOrBefore(BTC, anHourAgo)).thenReturn(CandleLookup.noCandle());

        assertThat(service.settleDueVotes()).isEqualTo(new SettlementReport(0, 0, 3, List.of()));
        verify(loadVotePort).loadVotesDueForSettlement(NOW, 0, CHUNK);
        verify(loadVotePort).loadVotesDueForSettlement(NOW, 8, CHUNK);
        verifyNoMoreInteractions(loadVotePort);
    }

    @Test
    void a_full_last_chunk_is_followed_by_one_empty_chunk_and_the_run_ends() {
        Instant anHourAgo = NOW.minus(Duration.ofHours(1));
        when(loadVotePort.loadVotesDueForSettlement(NOW, 0, CHUNK))
                .thenReturn(VoteChunks.readable(List.of(dueVote(3, anHourAgo), dueVote(8, anHourAgo)), 0));
        when(loadVotePort.loadVotesDueForSettlement(NOW, 8, CHUNK)).thenReturn(VoteChunks.readable(List.of(), 8));
        when(loadPriceAtPort.loadLatestCandleAtOrBefore(BTC, anHourAgo)).thenReturn(CandleLookup.noCandle());

        assertThat(service.settleDueVotes()).isEqualTo(new SettlementReport(0, 0, 2, List.of()));
        verify(loadVotePort, times(2)).loadVotesDueForSettlement(eq(NOW),
                anyLong(), eq(CHUNK));
    }

    @Test
    void the_report_counts_what_the_run_settled_voided_and_left_waiting() {
        Vote settles = dueVote(1, TEN_MINUTES_AGO);
        Vote voids = dueVote(2, A_DAY_AGO);
        Vote waits = dueVote(3, NOW.minus(Duration.ofHours(2)));
        when(loadVotePort.loadVotesDueForSettlement(NOW, 0, CHUNK))
                .thenReturn(VoteChunks.readable(List.of(settles, voids), 0));
        when(loadVotePort.loadVotesDueForSettlement(NOW, 2, CHUNK)).thenReturn(VoteChunks.readable(List.of(waits), 2));
        when(loadPriceAtPort.loadLatestCandleAtOrBefore(BTC, TEN_MINUTES_AGO))
                .thenReturn(CandleLookup.found(candle(BTC, TEN_MINUTES_AGO, "90")));
        when(loadPriceAtPort.loadLatestCandleAtOrBefore(BTC, A_DAY_AGO)).thenReturn(CandleLookup.noCandle());
        when(loadPriceAtPort.loadLatestCandleAtOrBefore(BTC, NOW.minus(Duration.ofHours(2))))
                .thenReturn(CandleLookup.noCandle());
        when(applySettlementPort.applySettlement(any())).thenReturn(true);
        when(applySettlementPort.applyVoiding(any())).thenReturn(true);

        assertThat(service.settleDueVotes()).isEqualTo(new SettlementReport(1, 1, 1, List.of()));
    }

    @Test
    void a_question_another_run_already_settled_or_voided_counts_nowhere() {
        givenDue(List.of(dueVote(1, TEN_MINUTES_AGO)));
        when(loadPriceAtPort.loadLatestCandleAtOrBefore(BTC, TEN_MINUTES_AGO))
                .thenReturn(CandleLookup.found(candle(BTC, TEN_MINUTES_AGO, "90")));
        when(applySettlementPort.applySettlement(any())).thenReturn(false);

        assertThat(service.settleDueVotes()).isEqualTo(new SettlementReport(0, 0, 0, List.of()));
    }

    @Test
    void with_nothing_due_nothing_is_priced_or_applied() {
        when(loadVotePort.loadVotesDueForSettlement(NOW, 0, CHUNK)).thenReturn(VoteChunks.readable(List.of(), 0));

        assertThat(service.settleDueVotes()).isEqualTo(new SettlementReport(0, 0, 0, List.of()));
        verifyNoInteractions(loadPriceAtPort, applySettlementPort);
    }

    @Test
    void a_question_whose_settlement_fails_is_skipped_and_reported_and_the_others_are_settled() {
        Instant earlier = TEN_MINUTES_AGO.minus(Duration.ofMinutes(1));
        when(loadVotePort.loadVotesDueForSettlement(NOW, 0, CHUNK))
                .thenReturn(VoteChunks.readable(List.of(dueVote(1, earlier), dueVote(2, TEN_MINUTES_AGO)), 0));
        when(loadVotePort.loadVotesDueForSettlement(NOW, 2, CHUNK)).thenReturn(VoteChunks.readable(List.of(), 2));
        when(loadPriceAtPort.loadLatestCandleAtOrBefore(BTC, earlier))
                .thenReturn(CandleLookup.found(candle(BTC, earlier, "90")));
        when(loadPriceAtPort.loadLatestCandleAtOrBefore(BTC, TEN_MINUTES_AGO))
                .thenReturn(CandleLookup.found(candle(BTC, TEN_MINUTES_AGO, "90")));
        when(applySettlementPort.applySettlement(any()))
                .thenThrow(new IllegalStateException("Deadlock found when trying to get lock"))
                .thenReturn(true);

        SettlementReport report = service.settleDueVotes();

        assertThat(report.settled()).isEqualTo(1);
        assertThat(report.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.kind()).isEqualTo(SkippedItem.Kind.QUESTION);
            assertThat(skipped.identity()).isEqualTo("1");
            assertThat(skipped.reason()).contains("Deadlock found");
        });
    }

    @Test
    void a_row_that_does_not_load_is_reported_and_the_run_goes_on_past_it() {
        Instant anHourAgo = NOW.minus(Duration.ofHours(1));
        SkippedItem corrupt = new SkippedItem(SkippedItem.Kind.QUESTION, "8", "unknown direction SIDEWAYS");
        when(loadVotePort.loadVotesDueForSettlement(NOW, 0, CHUNK))
                .thenReturn(new VoteChunk(List.of(dueVote(3, anHourAgo)), List.of(corrupt), 8));
        when(loadVotePort.loadVotesDueForSettlement(NOW, 8, CHUNK))
                .thenReturn(VoteChunks.readable(List.of(dueVote(15, anHourAgo)), 8));
        when(loadPriceAtPort.loadLatestCandleAtOrBefore(BTC, anHourAgo))
                .thenReturn(CandleLookup.found(candle(BTC, anHourAgo, "90")));
        when(applySettlementPort.applySettlement(any())).thenReturn(true);

        SettlementReport report = service.settleDueVotes();

        assertThat(report).isEqualTo(new SettlementReport(2, 0, 0, List.of(corrupt)));
    }

    @Test
    void a_chunk_that_cannot_be_loaded_at_all_stops_the_run() {
        IllegalStateException databaseDown = new IllegalStateException("connection refused");
        when(loadVotePort.loadVotesDueForSettlement(NOW, 0, CHUNK)).thenThrow(databaseDown);

        assertThatThrownBy(() -> service.settleDueVotes()).isSameAs(databaseDown);
        verifyNoInteractions(loadPriceAtPort, applySettlementPort);
    }

    @Test
    void a_port_that_hands_back_a_chunk_it_was_asked_to_skip_fails_the_run_instead_of_looping() {
        Instant anHourAgo = NOW.minus(Duration.ofHours(1));
        when(loadVotePort.loadVotesDueForSettlement(eq(NOW), anyLong(), eq(CHUNK)))
                .thenReturn(VoteChunks.readable(List.of(dueVote(3, anHourAgo), dueVote(8, anHourAgo)), 0));
        when(loadPriceAtPort.loadLatestCandleAtOrBefore(BTC, anHourAgo)).thenReturn(CandleLookup.noCandle());

        assertThatIllegalStateException().isThrownBy(() -> service.settleDueVotes());
        // The first chunk was handled once; the repeated one is refused before anything is done with it.
        verify(loadPriceAtPort, times(2)).loadLatestCandleAtOrBefore(BTC, anHourAgo);
        verifyNoInteractions(applySettlementPort);
    }

    @Test
    void a_chunk_size_below_one_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new SettleDueVotesService(loadVotePort, loadPriceAtPort, applySettlementPort, CLOCK, RULES, 0));
    }

    private void givenDue(List<Vote> votes) {
        when(loadVotePort.loadVotesDueForSettlement(NOW, 0, CHUNK)).thenReturn(VoteChunks.readable(votes, 0));
    }
}
