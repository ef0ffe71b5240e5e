package kr.co.whaling.adapter.out.persistence;

/** A question as listings read it: the row, its coin, and its creator's nickname. */
public record VoteRow(VoteJpaEntity vote, CoinJpaEntity coin, String uploader) {
}
