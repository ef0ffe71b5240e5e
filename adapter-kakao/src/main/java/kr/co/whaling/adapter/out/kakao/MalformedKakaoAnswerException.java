package kr.co.whaling.adapter.out.kakao;

/**
 * A 2xx answer from Kakao that is not the JSON Kakao documents. Its message names where parsing
 * failed, never what was read: the answer may hold a token.
 */
final class MalformedKakaoAnswerException extends RuntimeException {

    MalformedKakaoAnswerException(String message) {
        super(message);
    }
}
