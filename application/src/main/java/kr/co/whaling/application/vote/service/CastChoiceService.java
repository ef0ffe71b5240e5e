package kr.co.whaling.application.vote.service;

import java.time.Clock;
import java.util.Optional;
import kr.co.whaling.application.coin.port.out.LoadCoinPort;
import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.application.vote.port.in.CastChoiceCommand;
import kr.co.whaling.application.vote.port.in.CastChoiceUseCase;
import kr.co.whaling.application.vote.port.out.LoadVotePort;
import kr.co.whaling.application.vote.port.out.SaveAnswerPort;
import kr.co.whaling.domain.coin.Coin;
import kr.co.whaling.domain.coin.Price;
import kr.co.whaling.domain.coin.PriceQuote;
import kr.co.whaling.domain.member.Member;
import kr.co.whaling.domain.shared.NotFoundException;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.GameRules;
import kr.co.whaling.domain.vote.Vote;
import org.springframework.transaction.annotation.Transactional;

/** Records a member's answer to a question and charges its cost. */
public class CastChoiceService implements CastChoiceUseCase {

    private final LoadVotePort loadVotePort;
    private final LoadMemberPort loadMemberPort;
    private final LoadCoinPort loadCoinPort;
    private final SaveAnswerPort saveAnswerPort;
    private final Clock clock;
    private final GameRules rules;

    public CastChoiceService(LoadVotePort loadVotePort, LoadMemberPort loadMemberPort, LoadCoinPort loadCoinPort,
                             SaveAnswerPort saveAnswerPort, Clock clock, GameRules rules) {
        this.loadVotePort = loadVotePort;
        this.loadMemberPort = loadMemberPort;
        this.loadCoinPort = loadCoinPort;
        this.saveAnswerPort = saveAnswerPort;
        this.clock = clock;
        this.rules = rules;
    }

    /** The domain refuses what the loaded state shows; the port refuses again what concurrent answers changed. */
    @Override
    @Transactional
    public Answer castChoice(CastChoiceCommand command) {
        Vote vote = loadVotePort.loadVote(command.voteId())
                .orElseThrow(() -> new NotFoundException("vote", command.voteId()));
        Member member = loadMemberPort.loadMember(command.memberId())
                .orElseThrow(() -> new NotFoundException("member", command.memberId()));
        boolean alreadyAnswered = loadVotePort.hasAnswered(command.voteId(), command.memberId());
        Optional<Price> priceNow = loadCoinPort.loadCoin(vote.terms().coin()).flatMap(Coin::latestQuote)
                .map(PriceQuote::price);
        Answer answer = vote.answer(member, command.choice(), alreadyAnswered, priceNow, clock.instant(), rules);
        saveAnswerPort.saveAnswer(answer);
        return answer;
    }
}
