package kr.co.whaling.application.vote.port.in;

import kr.co.whaling.application.vote.model.VotePreview;

/**
 * Use case: what creating a question would cost and how often such a question came true before,
 * and whether a rule would refuse it, without creating it (nothing is saved or charged).
 */
public interface PreviewVoteUseCase {

    VotePreview previewVote(PreviewVoteQuery query);
}
