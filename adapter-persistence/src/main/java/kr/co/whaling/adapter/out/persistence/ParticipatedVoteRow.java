package kr.co.whaling.adapter.out.persistence;

/** A question a member answered, as their listing reads it: {@link VoteRow} plus the member's answer. */
public record ParticipatedVoteRow(VoteJpaEntity vote, CoinJpaEntity coin, String uploader, ChoiceJpaEntity choice) {
}
