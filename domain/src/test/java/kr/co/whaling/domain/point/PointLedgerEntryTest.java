package kr.co.whaling.domain.point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import kr.co.whaling.domain.shared.MemberId;
import kr.co.whaling.domain.shared.VoteId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PointLedgerEntryTest {

    private static final MemberId MEMBER = new MemberId(1);
    private static final VoteId VOTE = new VoteId(7);
    private static final Instant AT = Instant.parse("2024-03-04T00:00:00Z");

    @ParameterizedTest(name = "{0} is a debit: {1}")
    @CsvSource({
            "SIGNUP_GRANT,      false",
            "VOTE_FEE,          true",
            "ANSWER_FEE,        true",
            "REWARD,            false",
            "VOTE_FEE_REFUND,   false",
            "ANSWER_FEE_REFUND, false"
    })
    void only_fees_take_points_away(PointReason reason, boolean debit) {
        assertThat(reason.isDebit()).isEqualTo(debit);
    }

    @ParameterizedTest(name = "{0} with amount {1} is refused")
    @CsvSource({
            "VOTE_FEE,          50",
            "ANSWER_FEE,        10",
            "REWARD,            -20",
            "VOTE_FEE_REFUND,   -50",
            "ANSWER_FEE_REFUND, -10",
            "SIGNUP_GRANT,      -300"
    })
    void an_entry_whose_sign_contradicts_its_reason_is_refused(PointReason reason, long amount) {
        assertThatThrownBy(() -> new PointLedgerEntry(MEMBER, amount, reason, VOTE, 100, AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} must name its question")
    @EnumSource(value = PointReason.class, names = "SIGNUP_GRANT", mode = EnumSource.Mode.EXCLUDE)
    void every_entry_but_the_signup_grant_names_its_question(PointReason reason) {
        long amount = reason.isDebit() ? -10 : 10;

        assertThatThrownBy(() -> new PointLedgerEntry(MEMBER, amount, reason, null, 100, AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> new PointLedgerEntry(MEMBER, amount, reason, VOTE, 100, AT)).doesNotThrowAnyException();
    }

    @Test
    void the_signup_grant_names_no_question() {
        PointLedgerEntry grant = new PointLedgerEntry(MEMBER, 300, PointReason.SIGNUP_GRANT, null, 300, AT);

        assertThat(grant.voteId()).isNull();
        assertThat(grant.balanceAfter()).isEqualTo(300);
    }

    @Test
    void an_entry_leaving_a_negative_balance_is_refused() {
        assertThatThrownBy(() -> new PointLedgerEntry(MEMBER, -10, PointReason.ANSWER_FEE, VOTE, -1, AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
