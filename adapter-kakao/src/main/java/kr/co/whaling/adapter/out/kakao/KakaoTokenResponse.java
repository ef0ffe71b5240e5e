package kr.co.whaling.adapter.out.kakao;

/** Kakao's answer to a code exchange, reduced to what a login needs: Whaling issues its own tokens. */
record KakaoTokenResponse(String accessToken) {

    /** Never prints the token: records print their components by default. */
    @Override
    public String toString() {
        return "KakaoTokenResponse[accessToken=" + (accessToken == null ? "<none>" : "<hidden>") + "]";
    }
}
