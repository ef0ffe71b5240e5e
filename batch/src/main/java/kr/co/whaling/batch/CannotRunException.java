package kr.co.whaling.batch;

/** A tool could not work for a reason outside its arguments: one line, exit code {@value WhalingBatch#FAILED}. */
public class CannotRunException extends RuntimeException {

    public CannotRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
