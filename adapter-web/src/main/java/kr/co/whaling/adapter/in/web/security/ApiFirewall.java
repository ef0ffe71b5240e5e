package kr.co.whaling.adapter.in.web.security;

import java.util.function.Predicate;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall} with its own rules for header names, header values and
 * parameter names, decided without regular expressions. The firewall checks every header each time
 * anyone reads it, and its patterns ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, tab also allowed in
 * values) stood in a fifth of the sampled stacks of a JFR profile under the API benchmark: every
 * call's bearer token is a few hundred characters, read several times. The predicates here accept exactly what the patterns accept
 * (every code point assigned and not a control character); {@code ApiFirewallTest} compares them on
 * every character. Everything else (paths, methods, encoded slashes, host names) is the strict default.
 */
final class ApiFirewall {

    /** Header names and parameter names: assigned code points, no control characters. */
    static final Predicate<String> ASSIGNED_AND_NOT_CONTROL = text -> allowed(text, false);
    /** Header values: the same, but tabs are allowed. */
    static final Predicate<String> HEADER_VALUE = text -> allowed(text, true);

    private ApiFirewall() {
    }

    static StrictHttpFirewall create() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(ASSIGNED_AND_NOT_CONTROL);
        firewall.setAllowedHeaderValues(HEADER_VALUE);
        firewall.setAllowedParameterNames(ASSIGNED_AND_NOT_CONTROL);
        return firewall;
    }

    private static boolean allowed(String text, boolean tabAllowed) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            // Printable ASCII, nearly every character ever checked: always allowed.
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            int codePoint = text.codePointAt(i);
            if (Character.getType(codePoint) == Character.UNASSIGNED
                    || Character.isISOControl(codePoint) && !(tabAllowed && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint) - 1;
        }
        return true;
    }
}
