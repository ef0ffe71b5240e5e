package kr.co.whaling.adapter.in.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall's header and parameter-name checks accept exactly what Spring Security's own patterns
 * accept, on every character and on mixed text, and the firewall still refuses what it must.
 */
class ApiFirewallTest {

    /** Spring Security's patterns (StrictHttpFirewall), which ApiFirewall decides without regex. */
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void every_code_point_alone_is_judged_as_the_patterns_judge_it() {
        List<Integer> disagreements = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = new String(Character.toChars(codePoint));
            if (!agree(text)) {
                disagreements.add(codePoint);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void mixed_text_is_judged_as_the_patterns_judge_it() {
        Random random = new Random(20261123L);
        char[] interesting = {'a', 'Z', ' ', '~', '\t', '\n', '\r', '\u0000', '\u007f', '\u0085', '\u00a0', '가',
                '\u0378', '\ud83d', '\ude00', '\ud800', '\udfff', '\ufffe', '\uffff', '=', '.', '-'};
        for (int round = 0; round < 200_000; round++) {
            StringBuilder text = new StringBuilder("Bearer eyJ");
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(random.nextBoolean() ? interesting[random.nextInt(interesting.length)]
                        : (char) random.nextInt(0x10000));
            }
            assertThat(agree(text.toString())).as("%s", text.chars().mapToObj(Integer::toHexString).toList()).isTrue();
        }
        assertThat(agree("")).isTrue();
        assertThat(agree("Bearer " + "x".repeat(400))).isTrue();
    }

    @Test
    void the_firewall_refuses_control_characters_in_headers_and_passes_tokens() {
        StrictHttpFirewall firewall = ApiFirewall.create();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/votes");
        request.addHeader("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl");
        request.addHeader("X-Tabbed", "a\tb");
        request.addHeader("X-Bell", "a\u0007b");
        request.addHeader("X-Bad\u0001Name", "value");
        var firewalled = firewall.getFirewalledRequest(request);

        assertThat(firewalled.getHeader("Authorization")).startsWith("Bearer ");
        assertThat(firewalled.getHeader("X-Tabbed")).isEqualTo("a\tb");
        assertRejected(() -> firewalled.getHeader("X-Bell"));
        assertRejected(() -> firewalled.getHeader("X-Bad\u0001Name"));
    }

    @Test
    void everything_else_is_the_strict_default() {
        StrictHttpFirewall firewall = ApiFirewall.create();
        MockHttpServletRequest encodedSlash = new MockHttpServletRequest("GET", "/votes%2F1");
        encodedSlash.setRequestURI("/votes%2F1");

        assertRejected(() -> firewall.getFirewalledRequest(encodedSlash));
        assertRejected(() -> firewall.getFirewalledRequest(new MockHttpServletRequest("TRACE", "/votes")));
    }

    private static boolean agree(String text) {
        return ApiFirewall.ASSIGNED_AND_NOT_CONTROL.test(text) == NAMES.matcher(text).matches()
                && ApiFirewall.HEADER_VALUE.test(text) == VALUES.matcher(text).matches();
    }

    private static void assertRejected(ThrowingCallable action) {
        assertThatThrownBy(action).isInstanceOf(RequestRejectedException.class);
    }
}
