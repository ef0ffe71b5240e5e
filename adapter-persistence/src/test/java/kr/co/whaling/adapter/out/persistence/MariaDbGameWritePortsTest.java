package kr.co.whaling.adapter.out.persistence;

import javax.sql.DataSource;
import kr.co.whaling.adapter.out.persistence.testsupport.TestDatabase;
import kr.co.whaling.application.contract.GamePorts;
import kr.co.whaling.application.contract.GameWritePortsContract;
import org.springframework.beans.factory.annotation.Autowired;

/** The game's write-port contract against the MariaDB adapters, on the real test database. */
@PersistenceTest
class MariaDbGameWritePortsTest extends GameWritePortsContract {

    @Autowired
    MariaDbGamePorts ports;
    @Autowired
    DataSource dataSource;

    @Override
    protected GamePorts emptyGame() {
        TestDatabase.deleteAllRows(dataSource);
        return ports;
    }
}
