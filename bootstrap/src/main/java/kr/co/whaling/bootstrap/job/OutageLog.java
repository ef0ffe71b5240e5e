package kr.co.whaling.bootstrap.job;

import org.slf4j.Logger;

/**
 * Logs an outage of an outside service once when it starts and once when it ends, instead of a
 * stack trace every period while it lasts.
 */
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
