package kr.co.whaling.adapter.out.persistence;

import kr.co.whaling.application.contract.GamePorts;
import kr.co.whaling.application.contract.GameWritePortsContract;
import org.springframework.beans.factory.annotation.Autowired;

/** The game's write-port contract against the MariaDB adapters, on the real test database. */
@PersistenceTest
class MariaDbGameWritePortsTest extends GameWritePortsContract {

    @Autowired
    MariaDbGamePorts ports;

    @Override
    protected GamePorts emptyGame() {
        return ports.emptyGame();
    }
}
