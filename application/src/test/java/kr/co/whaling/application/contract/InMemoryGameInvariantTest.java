package kr.co.whaling.application.contract;

/** The seeded invariant games against the in-memory implementation: 30 games of 400 steps. */
class InMemoryGameInvariantTest extends GameInvariantContract {

    @Override
    protected GamePorts emptyGame() {
        return new InMemoryGamePorts();
    }
}
