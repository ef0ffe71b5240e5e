package kr.co.whaling.adapter.in.web.security;

/**
 * What a token may be used for, written into its {@value #CLAIM} claim: an access token opens the
 * API, a refresh token only buys a new access token. Each is refused where the other is expected.
 */
public enum TokenType {
    ACCESS("access"), REFRESH("refresh");

    /** The claim that tells the two kinds apart. */
    public static final String CLAIM = "typ";

    private final String claimValue;

    TokenType(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }
}
