package kr.co.whaling.adapter.in.web.security;

/** A token presented to the auth endpoints is expired, forged, malformed or of the wrong kind. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
