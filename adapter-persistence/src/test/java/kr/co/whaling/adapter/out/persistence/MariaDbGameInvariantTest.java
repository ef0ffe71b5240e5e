package kr.co.whaling.adapter.out.persistence;

import kr.co.whaling.application.contract.GameInvariantContract;
import kr.co.whaling.application.contract.GamePorts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seeded invariant games against the MariaDB adapters, on the real test database: fewer and
 * shorter games than in memory (every step reads the whole game back), 5 games of 60 steps.
 */
@PersistenceTest
class MariaDbGameInvariantTest extends GameInvariantContract {

    @Autowired
    MariaDbGamePorts ports;

    @Override
    protected GamePorts emptyGame() {
        return ports.emptyGame();
    }

    @Override
    protected int games() {
        return 5;
    }

    @Override
    protected int steps() {
        return 60;
    }
}
