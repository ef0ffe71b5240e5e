package kr.co.whaling.adapter.out.kakao;

/**
 * Kakao's answer to a code exchange, reduced to what a login needs. Kakao also sends
 * {@code token_type}, {@code expires_in}, {@code refresh_token}, {@code refresh_token_expires_in}
 * and {@code scope}; Whaling issues its own tokens, so it keeps none of Kakao's after the login.
 */
record KakaoTokenResponse(String accessToken) {

    /** Never prints the token: records print their components by default. */
    @Override
    public String toString() {
        return "KakaoTokenResponse[accessToken=" + (accessToken == null ? "<none>" : "<hidden>") + "]";
    }
}
