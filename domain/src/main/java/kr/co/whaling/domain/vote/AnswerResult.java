package kr.co.whaling.domain.vote;

/** What became of an answer: waiting for settlement, right, wrong, or refunded with its question. */
public enum AnswerResult {
    PENDING, RIGHT, WRONG, REFUNDED
}
