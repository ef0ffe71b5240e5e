package kr.co.whaling.adapter.out.upbit;

/**
 * The adapter itself declined to send a request (Upbit blocked us, or no request slot came in
 * time); no request reached Upbit, so it counts neither as a failure nor for a retry.
 */
final class UpbitCallRefusedException extends RuntimeException {

    UpbitCallRefusedException(String message) {
        super(message);
    }
}
