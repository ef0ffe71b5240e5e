package kr.co.whaling.domain.testdata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.MinuteCandle;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.member.KakaoIdentity;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.PointChange;
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
import kr.co.whaling.domain.vote.SideSettlement;
import kr.co.whaling.domain.vote.Voiding;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteState;

/**
 * Test fixture: the bookkeeping the application does around the domain, kept in memory (members
 * and their ledger, questions and their answers), so invariants over whole sequences of actions can
 * be checked on domain objects alone. Each action either completes or throws the domain's refusal;
 * the domain refuses before anything changes, which is what {@link #snapshot()} lets tests verify.
 */
public final class InMemoryGame {

    private final GameRules rules;
    private final Map<MemberId, Member> members = new LinkedHashMap<>();
    private final List<PointLedgerEntry> ledger = new ArrayList<>();
    private final Map<VoteId, Vote> votes = new LinkedHashMap<>();
    private final Map<VoteId, List<Answer>> answers = new LinkedHashMap<>();
    private long nextMemberId = 1;
    private long nextVoteId = 1;

    public InMemoryGame(GameRules rules) {
        this.rules = rules;
    }

    /** A game with the numbers of domain.md. */
    public static InMemoryGame standard() {
        return new InMemoryGame(GameRules.standard());
    }

    /** A first Kakao login: registers the member and books the signup grant. */
    public Member signUp(KakaoIdentity identity, Instant at) {
        Member fresh = Member.register(identity, at, rules.signup());
        MemberId id = new MemberId(nextMemberId++);
        Member saved = Member.restore(id, fresh.kakaoId(), fresh.nickname(), fresh.points(), fresh.accuracy(),
                fresh.profileImage().orElse(null), fresh.staff(), fresh.signedUpAt());
        ledger.add(fresh.signupGrantEntry(id));
        members.put(id, saved);
        return saved;
    }

    /** An operator marks a member as staff (never through the public API); points are untouched. */
    public Member promoteToStaff(MemberId id) {
        Member m = member(id);
        Member staff = Member.restore(id, m.kakaoId(), m.nickname(), m.points(), m.accuracy(),
                m.profileImage().orElse(null), true, m.signedUpAt());
        members.put(id, staff);
        return staff;
    }

    /** Creates a question and charges its creator. */
    public Vote createVote(MemberId creatorId, Coin coin, Direction direction, int rangePercent, Horizon horizon,
                           PriceQuote quote, Instant now) {
        Member creator = member(creatorId);
        Vote priced = Vote.draft(creator, coin, direction, rangePercent, horizon, rules).price(quote, now, rules);
        VoteId id = new VoteId(nextVoteId++);
        Vote saved = Vote.restore(id, priced.creatorId(), priced.official(), priced.terms(), priced.createdPrice(),
                priced.schedule(), priced.pricing(), priced.baseRate(), priced.state(), priced.tally(), null, null);
        apply(creatorId, saved.creationFee(), id, now);
        votes.put(id, saved);
        answers.put(id, new ArrayList<>());
        return saved;
    }

    /** A member answers a question and pays the answer cost. */
    public Answer answer(MemberId memberId, VoteId voteId, Choice choice, Instant at) {
        Vote vote = vote(voteId);
        Member member = member(memberId);
        boolean alreadyAnswered = answers.get(voteId).stream().anyMatch(a -> a.memberId().equals(memberId));
        Answer answer = vote.answer(member, choice, alreadyAnswered, Optional.empty(), at, rules);
        apply(memberId, answer.fee(), voteId, at);
        Tally tally = vote.tally();
        Tally added = answer.tallyChange();
        votes.put(voteId, Vote.restore(voteId, vote.creatorId(), vote.official(), vote.terms(), vote.createdPrice(),
                vote.schedule(), vote.pricing(), vote.baseRate(), vote.state(), new Tally(tally.yes() + added.yes(),
                        tally.no() + added.no(), tally.whaleYes() + added.whaleYes(), tally.whaleNo() + added.whaleNo()),
                null, null));
        answers.get(voteId).add(answer);
        return answer;
    }

    /** The closing job: every ongoing question whose closing time has come stops taking answers. */
    public void closeDueVotes(Instant now) {
        votes.values().forEach(vote -> vote.close(now));
    }

    /** The settlement job for one question: decides, then applies the decision to answers, members and ledger. */
    public SettlementDecision settle(VoteId voteId, Optional<MinuteCandle> latestCandle, Instant now) {
        SettlementDecision decision = vote(voteId).settle(latestCandle, now, rules);
        if (decision instanceof SettlementDecision.Settle settle) {
            applySettlement(settle.settlement());
        } else if (decision instanceof SettlementDecision.Void voided) {
            applyVoiding(voided.voiding());
        }
        return decision;
    }

    private void applySettlement(Settlement settlement) {
        applySides(settlement.voteId(), settlement.sides(), settlement.settledAt());
    }

    /** As persistence does: answers refunded first, then the creator's fee. */
    private void applyVoiding(Voiding voiding) {
        applySides(voiding.voteId(), voiding.sides(), voiding.voidedAt());
        apply(voiding.creatorId(), voiding.creatorRefund(), voiding.voteId(), voiding.voidedAt());
    }

    /** Applies what the domain decided for each side to every answer of that side and its member. */
    private void applySides(VoteId voteId, List<SideSettlement> sides, Instant at) {
        List<Answer> decided = new ArrayList<>();
        for (Answer answer : answers.get(voteId)) {
            SideSettlement side = sides.stream().filter(s -> s.choice() == answer.choice()).findFirst().orElseThrow();
            Member member = member(answer.memberId());
            Accuracy accuracy = new Accuracy(member.accuracy().right() + side.rightAnswers(),
                    member.accuracy().wrong() + side.wrongAnswers());
            members.put(member.id(), restored(member, member.points(), accuracy));
            apply(member.id(), side.credit(), voteId, at);
            decided.add(new Answer(answer.voteId(), answer.memberId(), answer.choice(), answer.whale(), answer.cost(),
                    answer.priceAtAnswer(), answer.answeredAt(), side.result()));
        }
        answers.put(voteId, decided);
    }

    /** Moves a member's points as the domain said, with its ledger entry; refuses going below zero. */
    private void apply(MemberId memberId, PointChange change, VoteId voteId, Instant at) {
        if (change.isNone()) {
            return;
        }
        Member member = member(memberId);
        long balance = member.points().value() + change.signedAmount();
        if (balance < 0) {
            throw new NotEnoughPointsException(change.amount(), member.points());
        }
        members.put(memberId, restored(member, Points.of(balance), member.accuracy()));
        ledger.add(new PointLedgerEntry(memberId, change.signedAmount(), change.reason(), voteId, balance, at));
    }

    private static Member restored(Member member, Points points, Accuracy accuracy) {
        return Member.restore(member.id(), member.kakaoId(), member.nickname(), points, accuracy,
                member.profileImage().orElse(null), member.staff(), member.signedUpAt());
    }

    public GameRules rules() {
        return rules;
    }

    public Member member(MemberId id) {
        Member member = members.get(id);
        if (member == null) {
            throw new NoSuchElementException("no member " + id);
        }
        return member;
    }

    public Vote vote(VoteId id) {
        Vote vote = votes.get(id);
        if (vote == null) {
            throw new NoSuchElementException("no question " + id);
        }
        return vote;
    }

    public List<Member> members() {
        return List.copyOf(members.values());
    }

    public List<Vote> votes() {
        return List.copyOf(votes.values());
    }

    public List<Answer> answersTo(VoteId voteId) {
        return List.copyOf(answers.get(voteId));
    }

    public List<PointLedgerEntry> ledger() {
        return List.copyOf(ledger);
    }

    public List<PointLedgerEntry> ledgerOf(MemberId memberId) {
        return ledger.stream().filter(entry -> entry.memberId().equals(memberId)).toList();
    }

    /** The balance the ledger says a member has: the sum of its entries. */
    public long ledgerBalance(MemberId memberId) {
        return ledgerOf(memberId).stream().mapToLong(PointLedgerEntry::amount).sum();
    }

    /** Everything observable about the game, as values, to compare before and after an action. */
    public Snapshot snapshot() {
        Map<MemberId, MemberState> memberStates = new LinkedHashMap<>();
        members.forEach((id, m) -> memberStates.put(id, new MemberState(m.points(), m.accuracy(), m.staff())));
        Map<VoteId, VoteSnapshot> voteStates = new LinkedHashMap<>();
        votes.forEach((id, v) -> voteStates.put(id, new VoteSnapshot(v.state(), v.tally(), v.settlement(),
                v.voidedAt(), List.copyOf(answers.get(id)))));
        return new Snapshot(memberStates, voteStates, List.copyOf(ledger));
    }

    /** A member's observable state. */
    public record MemberState(Points points, Accuracy accuracy, boolean staff) {
    }

    /** A question's observable state, with its answers. */
    public record VoteSnapshot(VoteState state, Tally tally, Optional<Settlement> settlement, Optional<Instant> voidedAt,
                               List<Answer> answers) {
    }

    /** The whole game's observable state. */
    public record Snapshot(Map<MemberId, MemberState> members, Map<VoteId, VoteSnapshot> votes,
                           List<PointLedgerEntry> ledger) {
    }
}
