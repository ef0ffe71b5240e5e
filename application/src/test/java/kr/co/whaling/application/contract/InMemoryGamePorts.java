package kr.co.whaling.application.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.co.whaling.application.member.MemberAlreadyRegisteredException;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.application.member.port.out.SaveMemberPort;
import kr.co.whaling.application.vote.VoteChunks;
import kr.co.whaling.application.vote.port.out.ApplySettlementPort;
import kr.co.whaling.application.vote.port.out.LoadVotePort;
import kr.co.whaling.application.vote.port.out.SaveAnswerPort;
import kr.co.whaling.application.vote.port.out.SaveVotePort;
import kr.co.whaling.domain.accuracy.Accuracy;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.member.KakaoId;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.member.NicknameTakenException;
import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.point.PointChange;
import kr.co.whaling.domain.point.PointLedgerEntry;
import kr.co.whaling.domain.point.Points;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.NotFoundException;
import kr.co.whaling.domain.shared.VoteId;
import kr.co.whaling.domain.terms.Tally;
import kr.co.whaling.domain.vote.AlreadyAnsweredException;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.Settlement;
import kr.co.whaling.domain.vote.SideSettlement;
import kr.co.whaling.domain.vote.Voiding;
import kr.co.whaling.domain.vote.Vote;
import kr.co.whaling.domain.vote.VoteClosedException;
import kr.co.whaling.domain.vote.VoteState;

/**
 * The in-memory implementation of the ports that write the game (and the read ports they need),
 * applying the domain's values exactly as the MariaDB adapters do: an answer's {@link Answer#tallyChange()}
 * and {@link Answer#fee()}, a question's {@link Vote#creationFee()}, each {@link SideSettlement} to
 * every answer of its side, a voiding's creator refund after the answers' refunds. It refuses what
 * the database refuses, with the same exceptions, before changing anything: an answer to a question
 * no longer ongoing, a second answer by one member, a fee the balance does not cover; and a second
 * settlement or voiding of one question changes nothing.
 *
 * <p>Stored questions are copies: a caller changing a loaded {@link Vote} (closing or settling it)
 * changes nothing here until it saves, as with a database.
 */
public final class InMemoryGamePorts implements GamePorts, SaveMemberPort, LoadMemberPort, SaveVotePort,
        LoadVotePort, SaveAnswerPort, ApplySettlementPort, GameLedgerProbe {

    private final Map<MemberId, Member> members = new LinkedHashMap<>();
    private final List<PointLedgerEntry> ledger = new ArrayList<>();
    private final Map<VoteId, Vote> votes = new LinkedHashMap<>();
    private final Map<VoteId, List<Answer>> answers = new LinkedHashMap<>();
    private final Set<CoinCode> catalog = new HashSet<>();
    private long nextMemberId = 1;
    private long nextVoteId = 1;

    // --- GamePorts: this one object is every port.

    @Override
    public SaveMemberPort saveMemberPort() {
        return this;
    }

    @Override
    public LoadMemberPort loadMemberPort() {
        return this;
    }

    @Override
    public SaveVotePort saveVotePort() {
        return this;
    }

    @Override
    public LoadVotePort loadVotePort() {
        return this;
    }

    @Override
    public SaveAnswerPort saveAnswerPort() {
        return this;
    }

    @Override
    public ApplySettlementPort applySettlementPort() {
        return this;
    }

    @Override
    public GameLedgerProbe probe() {
        return this;
    }

    @Override
    public void listCoin(CoinCode coin) {
        catalog.add(coin);
    }

    @Override
    public void makeStaff(MemberId id) {
        Member m = member(id);
        members.put(id, Member.restore(id, m.kakaoId(), m.nickname(), m.points(), m.accuracy(),
                m.profileImage().orElse(null), true, m.signedUpAt()));
    }

    // --- Members.

    @Override
    public Member registerMember(Member newMember) {
        if (loadMemberByKakaoId(newMember.kakaoId()).isPresent()) {
            throw new MemberAlreadyRegisteredException("kakao user " + newMember.kakaoId() + " is registered", null);
        }
        if (isNicknameTaken(newMember.nickname(), null)) {
            throw new NicknameTakenException(newMember.nickname());
        }
        MemberId id = new MemberId(nextMemberId++);
        Member saved = Member.restore(id, newMember.kakaoId(), newMember.nickname(), newMember.points(),
                newMember.accuracy(), newMember.profileImage().orElse(null), newMember.staff(),
                newMember.signedUpAt());
        members.put(id, saved);
        ledger.add(newMember.signupGrantEntry(id));
        return saved;
    }

    @Override
    public void updateProfile(Member member) {
        Member m = member(member.id());
        members.put(m.id(), Member.restore(m.id(), m.kakaoId(), m.nickname(), m.points(), m.accuracy(),
                member.profileImage().orElse(null), m.staff(), m.signedUpAt()));
    }

    @Override
    public void changeNickname(MemberId id, Nickname nickname) {
        Member m = member(id);
        if (isNicknameTaken(nickname, id)) {
            throw new NicknameTakenException(nickname);
        }
        members.put(id, Member.restore(id, m.kakaoId(), nickname, m.points(), m.accuracy(),
                m.profileImage().orElse(null), m.staff(), m.signedUpAt()));
    }

    @Override
    public Optional<Member> loadMember(MemberId id) {
        return Optional.ofNullable(members.get(id));
    }

    @Override
    public Optional<Member> loadMemberByKakaoId(KakaoId kakaoId) {
        return members.values().stream().filter(m -> m.kakaoId().equals(kakaoId)).findFirst();
    }

    @Override
    public boolean isNicknameTaken(Nickname nickname, MemberId except) {
        return members.values().stream().anyMatch(m -> !m.id().equals(except)
                && m.nickname().uniqueKey().equals(nickname.uniqueKey()));
    }

    // --- Questions.

    @Override
    public Optional<Vote> loadVote(VoteId id) {
        return Optional.ofNullable(votes.get(id)).map(InMemoryGamePorts::copy);
    }

    @Override
    public boolean hasAnswered(VoteId voteId, MemberId memberId) {
        return answers.getOrDefault(voteId, List.of()).stream().anyMatch(a -> a.memberId().equals(memberId));
    }

    @Override
    public VoteChunk loadOngoingVotesClosingFirst(int limit) {
        return VoteChunks.readable(votes.values().stream().filter(v -> v.state() == VoteState.ONGOING)
                .sorted(Comparator.comparing((Vote v) -> v.schedule().closesAt()).thenComparing(v -> v.id().value()))
                .limit(limit).map(InMemoryGamePorts::copy).toList(), 0);
    }

    @Override
    public VoteChunk loadVotesDueForSettlement(Instant now, long afterId, int limit) {
        return VoteChunks.readable(votes.values().stream()
                .filter(v -> VoteState.unsettled().contains(v.state()) && !v.schedule().settlesAt().isAfter(now)
                        && v.id().value() > afterId)
                .limit(limit).map(InMemoryGamePorts::copy).toList(), afterId);
    }

    /** The fee is taken only if the balance covers it; nothing is saved otherwise. */
    @Override
    public VoteId createVote(Vote newVote, Instant at) {
        if (!catalog.contains(newVote.terms().coin())) {
            throw new IllegalArgumentException("no coin " + newVote.terms().coin() + " in the catalog");
        }
        member(newVote.creatorId());
        VoteId id = new VoteId(nextVoteId);
        requireCovered(newVote.creatorId(), newVote.creationFee());
        nextVoteId++;
        votes.put(id, restored(id, newVote, VoteState.ONGOING, Tally.EMPTY, null, null));
        answers.put(id, new ArrayList<>());
        book(newVote.creatorId(), newVote.creationFee(), id, at);
        return id;
    }

    /** Guarded as the database's statement: only a question still ongoing changes. */
    @Override
    public int saveClosing(List<Vote> closed, Instant at) {
        int changed = 0;
        for (Vote vote : closed) {
            Vote stored = votes.get(vote.id());
            if (stored != null && stored.state() == VoteState.ONGOING) {
                votes.put(vote.id(), restored(vote.id(), stored, vote.state(), stored.tally(), null, null));
                changed++;
            }
        }
        return changed;
    }

    // --- Answers.

    /** Refuses in the database's order: closed first, then a duplicate, then a balance that does not cover the fee. */
    @Override
    public void saveAnswer(Answer answer) {
        VoteId voteId = answer.voteId();
        Vote vote = votes.get(voteId);
        if (vote == null || vote.state() != VoteState.ONGOING) {
            throw new VoteClosedException(voteId);
        }
        if (hasAnswered(voteId, answer.memberId())) {
            throw new AlreadyAnsweredException(voteId);
        }
        requireCovered(answer.memberId(), answer.fee());
        Tally tally = vote.tally();
        Tally added = answer.tallyChange();
        votes.put(voteId, restored(voteId, vote, vote.state(), new Tally(tally.yes() + added.yes(),
                tally.no() + added.no(), tally.whaleYes() + added.whaleYes(), tally.whaleNo() + added.whaleNo()),
                null, null));
        answers.get(voteId).add(answer);
        book(answer.memberId(), answer.fee(), voteId, answer.answeredAt());
    }

    // --- Settlement.

    @Override
    public boolean applySettlement(Settlement settlement) {
        Vote vote = votes.get(settlement.voteId());
        if (!claimable(vote)) {
            return false;
        }
        votes.put(vote.id(), restored(vote.id(), vote, settlement.state(), vote.tally(), settlement, null));
        applySides(vote.id(), settlement.sides(), settlement.settledAt());
        return true;
    }

    /** As persistence does: answers refunded first, then the creator's fee. */
    @Override
    public boolean applyVoiding(Voiding voiding) {
        Vote vote = votes.get(voiding.voteId());
        if (!claimable(vote)) {
            return false;
        }
        votes.put(vote.id(), restored(vote.id(), vote, voiding.state(), vote.tally(), null, voiding.voidedAt()));
        applySides(vote.id(), voiding.sides(), voiding.voidedAt());
        book(voiding.creatorId(), voiding.creatorRefund(), vote.id(), voiding.voidedAt());
        return true;
    }

    private static boolean claimable(Vote vote) {
        return vote != null && VoteState.unsettled().contains(vote.state());
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
            book(member.id(), side.credit(), voteId, at);
            decided.add(new Answer(answer.voteId(), answer.memberId(), answer.choice(), answer.whale(), answer.cost(),
                    answer.priceAtAnswer(), answer.answeredAt(), side.result()));
        }
        answers.put(voteId, decided);
    }

    // --- Points.

    /** The database's guarded debit: refuses a fee the balance does not cover. */
    private void requireCovered(MemberId memberId, PointChange change) {
        Points balance = member(memberId).points();
        if (!change.isNone() && change.reason().isDebit() && !balance.covers(change.amount())) {
            throw new NotEnoughPointsException(change.amount(), balance);
        }
    }

    /** Moves a member's points as the domain said, with its ledger entry; nothing moves for no points. */
    private void book(MemberId memberId, PointChange change, VoteId voteId, Instant at) {
        if (change.isNone()) {
            return;
        }
        Member member = member(memberId);
        long balance = member.points().value() + change.signedAmount();
        members.put(memberId, restored(member, Points.of(balance), member.accuracy()));
        ledger.add(new PointLedgerEntry(memberId, change.signedAmount(), change.reason(), voteId, balance, at));
    }

    // --- GameLedgerProbe.

    @Override
    public List<PointLedgerEntry> ledgerOf(MemberId member) {
        return ledger.stream().filter(entry -> entry.memberId().equals(member)).toList();
    }

    @Override
    public List<Answer> answersTo(VoteId vote) {
        return List.copyOf(answers.getOrDefault(vote, List.of()));
    }

    private Member member(MemberId id) {
        Member member = members.get(id);
        if (member == null) {
            throw new NotFoundException("member", id);
        }
        return member;
    }

    private static Member restored(Member member, Points points, Accuracy accuracy) {
        return Member.restore(member.id(), member.kakaoId(), member.nickname(), points, accuracy,
                member.profileImage().orElse(null), member.staff(), member.signedUpAt());
    }

    private static Vote copy(Vote vote) {
        return restored(vote.id(), vote, vote.state(), vote.tally(), vote.settlement().orElse(null),
                vote.voidedAt().orElse(null));
    }

    private static Vote restored(VoteId id, Vote vote, VoteState state, Tally tally, Settlement settlement,
                                 Instant voidedAt) {
        return Vote.restore(id, vote.creatorId(), vote.official(), vote.terms(), vote.createdPrice(), vote.schedule(),
                vote.pricing(), vote.baseRate(), state, tally, settlement, voidedAt);
    }
}
