package kr.co.whaling.bootstrap.job;

import org.slf4j.Logger;

/** Logs an outside service's outage once when it starts and once when it ends, not every period. */
final class OutageLog {

    private final Logger log;
    private final String what;
    private boolean down;

    OutageLog(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    synchronized void failed(RuntimeException cause) {
        if (!down) {
            down = true;
            log.warn("{} unavailable, will retry every period: {}", what, cause.getMessage());
        } else {
            log.debug("{} still unavailable: {}", what, cause.getMessage());
        }
    }

    synchronized void succeeded() {
        if (down) {
            down = false;
            log.info("{} available again", what);
        }
    }
}
