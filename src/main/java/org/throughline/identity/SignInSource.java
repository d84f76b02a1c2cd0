package org.throughline.identity;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The source of a sign-in attempt as the throttle counts it: an IPv4 address as it is, an IPv6
 * address as its /64 network (the part one line or household holds), anything else as given.
 */
final class SignInSource {

    private SignInSource() {}

    static String of(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return null;
        }
        String address = remoteAddress.strip();
        if (!address.contains(":")) {
            return address.length() > 45 ? address.substring(0, 45) : address;
        }
        try {
            // a literal only (it contains ':'), so no name lookup happens
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] bytes = parsed.getAddress();
                StringBuilder network = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                            .append(':');
                }
                return network.append(":/64").toString();
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address.toLowerCase(Locale.ROOT).substring(0, Math.min(45, address.length()));
        }
    }
}
