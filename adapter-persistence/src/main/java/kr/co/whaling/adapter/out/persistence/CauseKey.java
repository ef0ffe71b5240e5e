package kr.co.whaling.adapter.out.persistence;

import kr.co.whaling.domain.point.PointReason;
import kr.co.whaling.domain.shared.VoteId;

/**
 * What caused a ledger entry, as stored in {@code point_ledger.cause_key} (unique per member):
 * the reason and the question, e.g. {@code REWARD:17}; the signup grant has no question.
 */
final class CauseKey {

    static String of(PointReason reason, VoteId voteId) {
        return voteId == null ? reason.name() : of(reason, voteId.value());
    }

    static String of(PointReason reason, long voteId) {
        return reason.name() + ":" + voteId;
    }
}
