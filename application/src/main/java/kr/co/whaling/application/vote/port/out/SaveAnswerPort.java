package kr.co.whaling.application.vote.port.out;

import kr.co.whaling.domain.point.NotEnoughPointsException;
import kr.co.whaling.domain.vote.AlreadyAnsweredException;
import kr.co.whaling.domain.vote.Answer;
import kr.co.whaling.domain.vote.VoteClosedException;

/** Stores answers, safely under any number of concurrent answers. */
public interface SaveAnswerPort {

    /**
     * Stores the answer, debits its cost (ANSWER_FEE) and counts it in the tallies, all or nothing. The
     * database enforces what must never happen, whatever ran before:
     *
     * @throws VoteClosedException when the question no longer takes answers at {@code answer.answeredAt()}
     * @throws AlreadyAnsweredException when the member already answered it
     * @throws NotEnoughPointsException when the balance does not cover the cost
     */
    void saveAnswer(Answer answer);
}
