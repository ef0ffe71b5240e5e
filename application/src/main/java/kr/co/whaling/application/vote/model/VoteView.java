package kr.co.whaling.application.vote.model;

import java.time.Instant;
import java.util.Optional;
import kr.co.whaling.application.coin.model.CoinSummary;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.Vote;

/** A question as a reader sees it: with its coin, its creator's nickname and the reader's own answer. */
public record VoteView(Vote vote, CoinSummary coin, Nickname uploader, Instant updatedAt,
                       Optional<Answer> viewerAnswer) {
}
