package kr.co.whaling.batch;

/**
 * A tool could not do its work for a reason outside the arguments (the database refused the
 * connection, a source is not there): reported on one line, exit code {@value WhalingBatch#FAILED}.
 */
public class CannotRunException extends RuntimeException {

    public CannotRunException(String message) {
        super(message);
    }

    public CannotRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
