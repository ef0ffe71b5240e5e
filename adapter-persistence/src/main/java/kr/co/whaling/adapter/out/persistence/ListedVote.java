package kr.co.whaling.adapter.out.persistence;

import java.util.Optional;
import kr.co.whaling.application.coin.model.CoinSummary;
import kr.co.whaling.application.vote.model.VoteView;
import kr.co.whaling.domain.member.Nickname;
import kr.co.whaling.domain.vote.Answer;

/**
 * A question as the listings read it, with its coin and its creator's nickname. Immutable: a kept page's
 * questions are shared, and each request makes {@link VoteView}s of its own from them.
 */
record ListedVote(VoteRow vote, CoinSummary coin, Nickname uploader) {

    /** With the reader's own answer (empty: none, or nobody logged in). */
    VoteView view(Optional<Answer> viewerAnswer) {
        return new VoteView(vote.toDomain(), coin, uploader, vote.updatedAt(), viewerAnswer);
    }
}
