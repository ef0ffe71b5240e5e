package kr.co.whaling.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import kr.co.whaling.application.coin.model.CoinSummary;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.member.KakaoId;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.member.ProfileImage;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Range;
import kr.co.whaling.domain.terms.Schedule;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.terms.VoteTerms;
import kr.co.whaling.domain.testdata.Prices;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteState;

/** Domain objects as the ports hand them back, built through their {@code restore} doors, for the service tests. */
public final class Fixtures {

    /** The instant every service test runs at (noon in Seoul). */
    public static final Instant NOW = Instant.parse("2025-03-10T03:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final GameRules RULES = GameRules.standard();
    public static final CoinCode BTC = new CoinCode("BTC");
    public static final CoinCode ETH = new CoinCode("ETH");
    public static final ProfileImage IMAGE = new ProfileImage("https://k.kakaocdn.net/img/profile.jpg", false);

    private Fixtures() {
    }

    public static Member member(long id, long points) {
        return member(id, points, Accuracy.NONE);
    }

    public static Member member(long id, long points, Accuracy accuracy) {
        return Member.restore(new MemberId(id), new KakaoId(1000 + id), new Nickname("member" + id),
                Points.of(points), accuracy, IMAGE, false, NOW.minus(Duration.ofDays(30)));
    }

    public static Member staff(long id) {
        return Member.restore(new MemberId(id), new KakaoId(1000 + id), new Nickname("staff" + id),
                Points.ZERO, Accuracy.NONE, null, true, NOW.minus(Duration.ofDays(300)));
    }

    public static PriceQuote quote(CoinCode code, String price, Instant at) {
        return new PriceQuote(code, Prices.krw(price), at);
    }

    /** A coin that takes new questions, last quoted at 100 KRW a minute ago. */
    public static Coin listedCoin(CoinCode code) {
        return coin(code, false, true);
    }

    public static Coin coin(CoinCode code, boolean warning, boolean listed) {
        return Coin.restore(code, "코인" + code.value(), "Coin " + code.value(), "https://static.upbit.com/" + code
                + ".png", warning, listed, quote(code, "100", NOW.minus(Duration.ofMinutes(1))));
    }

    /** A member's question about BTC (up 5% within a day at 100 KRW), created {@code age} ago and still ongoing. */
    public static Vote ongoingVote(long id, long creatorId, Duration age) {
        Schedule schedule = RULES.schedules().scheduleFor(Horizon.DAY, NOW.minus(age));
        return Vote.restore(new VoteId(id), new MemberId(creatorId), false, btcUpFivePercent(), Prices.krw("100"),
                schedule, RULES.pricing().member(), Optional.empty(), VoteState.ONGOING, Tally.EMPTY, null, null);
    }

    /** An ongoing question about BTC whose answering closes at {@code closesAt}. */
    public static Vote openVote(long id, Instant closesAt) {
        Schedule schedule = new Schedule(closesAt.minus(Duration.ofHours(8)), closesAt, closesAt.plus(Duration.ofHours(16)));
        return Vote.restore(new VoteId(id), new MemberId(1), false, btcUpFivePercent(), Prices.krw("100"), schedule,
                RULES.pricing().member(), Optional.empty(), VoteState.ONGOING, Tally.EMPTY, null, null);
    }

    /** A finished question about BTC (up 5% from 100 KRW: target 105) settling at {@code settlesAt}. */
    public static Vote dueVote(long id, Instant settlesAt, Tally tally) {
        Schedule schedule = new Schedule(settlesAt.minus(Duration.ofDays(1)), settlesAt.minus(Duration.ofHours(16)),
                settlesAt);
        return Vote.restore(new VoteId(id), new MemberId(1), false, btcUpFivePercent(), Prices.krw("100"), schedule,
                RULES.pricing().member(), Optional.empty(), VoteState.FINISHED, tally, null, null);
    }

    public static Vote dueVote(long id, Instant settlesAt) {
        return dueVote(id, settlesAt, Tally.EMPTY);
    }

    /** How a reader sees a question about BTC: with its coin, its creator's nickname and no own answer. */
    public static VoteView view(Vote vote) {
        return new VoteView(vote, new CoinSummary(BTC, "비트코인", "https://static.upbit.com/BTC.png"),
                new Nickname("member" + vote.creatorId().value()), NOW, Optional.empty());
    }

    public static MinuteCandle candle(CoinCode code, Instant start, String close) {
        return new MinuteCandle(code, start, Prices.krw(close));
    }

    private static VoteTerms btcUpFivePercent() {
        return new VoteTerms(BTC, Direction.UP, new Range(5), Horizon.DAY);
    }
}
