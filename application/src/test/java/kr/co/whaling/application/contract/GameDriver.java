package kr.co.whaling.application.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.member.KakaoId;
import kr.co.whaling.domain.member.KakaoIdentity;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.point.PointLedgerEntry;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Choice;
import kr.co.whaling.domain.terms.Direction;
import kr.co.whaling.domain.terms.Horizon;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.Settlement;
import kr.co.whaling.domain.vote.SettlementDecision;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteState;

/**
 * Plays the application's part over one {@link GamePorts}, as the services do: reads through the
 * read ports, lets the domain decide, writes what it decided through the write ports. Remembers the
 * members and questions it created, so a {@link #snapshot()} can read back everything observable.
 */
public final class GameDriver {

    private final GamePorts ports;
    private final GameRules rules;
    private final List<MemberId> members = new ArrayList<>();
    private final List<VoteId> votes = new ArrayList<>();

    public GameDriver(GamePorts ports, GameRules rules) {
        this.ports = ports;
        this.rules = rules;
    }

    public GamePorts ports() {
        return ports;
    }

    public GameRules rules() {
        return rules;
    }

    /** A first Kakao login: registers the member with the signup grant. */
    public Member signUp(long kakaoId, Instant at) {
        Member saved = ports.saveMemberPort().registerMember(
                Member.register(new KakaoIdentity(new KakaoId(kakaoId), Optional.empty()), at, rules.signup()));
        members.add(saved.id());
        return saved;
    }

    /** Makes a member staff; returns it as stored. */
    public Member makeStaff(MemberId id) {
        ports.makeStaff(id);
        return member(id);
    }

    /** Creates a question as CreateVoteService does: the domain checks and prices it, the port charges the fee. */
    public Vote createVote(MemberId creatorId, Coin coin, Direction direction, int rangePercent, Horizon horizon,
                           PriceQuote quote, Instant now) {
        Vote priced = Vote.draft(member(creatorId), coin, direction, rangePercent, horizon, rules)
                .price(quote, now, rules);
        return saveVote(priced, now);
    }

    /** Saves a question the domain already priced (possibly from a member read earlier) and charges its fee. */
    public Vote saveVote(Vote priced, Instant now) {
        VoteId id = ports.saveVotePort().createVote(priced, now);
        votes.add(id);
        return vote(id);
    }

    /** Answers as CastChoiceService does: the domain judges from what it reads, the port stores and charges. */
    public Answer answer(MemberId memberId, VoteId voteId, Choice choice, Instant at) {
        Answer answer = vote(voteId).answer(member(memberId), choice, ports.loadVotePort().hasAnswered(voteId, memberId),
                Optional.empty(), at, rules);
        ports.saveAnswerPort().saveAnswer(answer);
        return answer;
    }

    /** The closing job, as CloseDueVotesService does; how many questions it closed. */
    public int closeDueVotes(Instant now) {
        List<Vote> due = ports.loadVotePort().loadOngoingVotesClosingFirst(10_000).votes().stream()
                .filter(vote -> vote.close(now)).toList();
        return due.isEmpty() ? 0 : ports.saveVotePort().saveClosing(due, now);
    }

    /** What the domain decides for a question as stored now, with this price (nothing written). */
    public SettlementDecision decide(VoteId voteId, Optional<MinuteCandle> latestCandle, Instant now) {
        return vote(voteId).settle(latestCandle, now, rules);
    }

    /** Applies a decision through the port; whether it changed anything (never for a wait). */
    public boolean apply(SettlementDecision decision) {
        if (decision instanceof SettlementDecision.Settle settle) {
            return ports.applySettlementPort().applySettlement(settle.settlement());
        }
        if (decision instanceof SettlementDecision.Void voiding) {
            return ports.applySettlementPort().applyVoiding(voiding.voiding());
        }
        return false;
    }

    public Member member(MemberId id) {
        return ports.loadMemberPort().loadMember(id).orElseThrow(() -> new AssertionError("no member " + id));
    }

    public Vote vote(VoteId id) {
        return ports.loadVotePort().loadVote(id).orElseThrow(() -> new AssertionError("no question " + id));
    }

    public List<PointLedgerEntry> ledgerOf(MemberId id) {
        return ports.probe().ledgerOf(id);
    }

    public List<Answer> answersTo(VoteId id) {
        return ports.probe().answersTo(id);
    }

    public List<MemberId> members() {
        return List.copyOf(members);
    }

    public List<VoteId> votes() {
        return List.copyOf(votes);
    }

    /** Everything observable about the game, read back through the ports and the probe. */
    public Snapshot snapshot() {
        Map<MemberId, MemberState> memberStates = new LinkedHashMap<>();
        for (MemberId id : members) {
            Member m = member(id);
            memberStates.put(id, new MemberState(m.points(), m.accuracy(), m.staff(), ledgerOf(id)));
        }
        Map<VoteId, VoteSnapshot> voteStates = new LinkedHashMap<>();
        for (VoteId id : votes) {
            Vote v = vote(id);
            voteStates.put(id, new VoteSnapshot(v.state(), v.tally(), v.settlement(), v.voidedAt(), answersTo(id)));
        }
        List<VoteId> ongoing = ports.loadVotePort().loadOngoingVotesClosingFirst(10_000).votes().stream()
                .map(Vote::id).toList();
        return new Snapshot(memberStates, voteStates, ongoing);
    }

    /** A member's observable state, with its ledger. */
    public record MemberState(Points points, Accuracy accuracy, boolean staff, List<PointLedgerEntry> ledger) {
    }

    /** A question's observable state, with its answers. */
    public record VoteSnapshot(VoteState state, Tally tally, Optional<Settlement> settlement,
                               Optional<Instant> voidedAt, List<Answer> answers) {
    }

    /** The whole game's observable state; {@code ongoing} also shows a question saved by mistake. */
    public record Snapshot(Map<MemberId, MemberState> members, Map<VoteId, VoteSnapshot> votes,
                           List<VoteId> ongoing) {
    }
}
