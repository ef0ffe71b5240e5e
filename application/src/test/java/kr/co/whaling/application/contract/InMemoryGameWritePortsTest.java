package kr.co.whaling.application.contract;

/** The game's write-port contract against the in-memory implementation. */
class InMemoryGameWritePortsTest extends GameWritePortsContract {

    @Override
    protected GamePorts emptyGame() {
        return new InMemoryGamePorts();
    }
}
