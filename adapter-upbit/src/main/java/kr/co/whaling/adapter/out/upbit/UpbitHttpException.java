package kr.co.whaling.adapter.out.upbit;

/** Upbit answered an HTTP error status; kept inside the adapter, which reports it as unavailability. */
class UpbitHttpException extends RuntimeException {

    private final int status;

    UpbitHttpException(int status, String detail) {
        super("Upbit answered " + status + " (" + detail + ")");
        this.status = status;
    }

    /** Worth another try: Upbit was busy (429) or failing (5xx), not refusing this request for good. */
    boolean isTransient() {
        return status == 429 || status >= 500;
    }
}
