package kr.co.whaling.application.contract;

import kr.co.whaling.application.member.port.out.LoadMemberPort;
import kr.co.whaling.application.member.port.out.SaveMemberPort;
import kr.co.whaling.application.vote.port.out.ApplySettlementPort;
import kr.co.whaling.application.vote.port.out.LoadVotePort;
import kr.co.whaling.application.vote.port.out.SaveAnswerPort;
import kr.co.whaling.application.vote.port.out.SaveVotePort;
import kr.co.whaling.domain.coin.CoinCode;
import kr.co.whaling.domain.shared.MemberId;

/**
 * One implementation of the ports that write the game, as the contracts ({@link GameWritePortsContract},
 * {@link GameInvariantContract}) see it: the write ports, the read ports they need, the
 * {@link GameLedgerProbe}, and the two set-up steps no port offers (a coin in the catalog, a staff member).
 */
public interface GamePorts {

    SaveMemberPort saveMemberPort();

    LoadMemberPort loadMemberPort();

    SaveVotePort saveVotePort();

    LoadVotePort loadVotePort();

    SaveAnswerPort saveAnswerPort();

    ApplySettlementPort applySettlementPort();

    GameLedgerProbe probe();

    /** Puts a listed coin in the catalog, so questions about it can be stored. */
    void listCoin(CoinCode coin);

    /** An operator marks a member as staff (never through the public API); points are untouched. */
    void makeStaff(MemberId member);
}
