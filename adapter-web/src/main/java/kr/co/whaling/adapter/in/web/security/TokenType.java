package kr.co.whaling.adapter.in.web.security;

import java.util.Locale;

/** What a token may be used for: an access token opens the API, a refresh token only buys a new access token. */
public enum TokenType {
    ACCESS, REFRESH;

    /** The claim that tells the two kinds apart. */
    public static final String CLAIM = "typ";

    /** The {@value #CLAIM} claim's value: the name in lower case. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
