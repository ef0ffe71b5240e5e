package kr.co.whaling.application.vote.port.in;

import kr.co.whaling.application.vote.model.VotePreview;

/** Use case: a question's price, base rate and any refusal, without creating it (nothing saved or charged). */
public interface PreviewVoteUseCase {

    VotePreview previewVote(PreviewVoteQuery query);
}
