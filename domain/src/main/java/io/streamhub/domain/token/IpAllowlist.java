package io.streamhub.domain.token;

import io.streamhub.domain.net.Cidr;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The addresses a token may be used from. An empty list admits every address. */
public record IpAllowlist(List<Cidr> entries) {
    public static final IpAllowlist ANY = new IpAllowlist(List.of());

    public IpAllowlist {
        entries = List.copyOf(entries);
    }

    /** Parses IPs or CIDRs (v4 and v6); at most 100 entries. */
    public static IpAllowlist parse(List<String> texts) {
        if (texts == null) {
            return ANY;
        }
        if (texts.size() > 100) {
            throw new io.streamhub.domain.error.InvalidInputException("allowedIps", "allowedIps holds at most 100 entries");
        }
        List<Cidr> parsed = new ArrayList<>();
        for (String text : texts) {
            parsed.add(Cidr.parse("allowedIps", text));
        }
        return new IpAllowlist(parsed);
    }

    /** An unknown client address is admitted only when the list is empty. */
    public boolean admits(Optional<InetAddress> client) {
        if (entries.isEmpty()) {
            return true;
        }
        return client.map(address -> entries.stream().anyMatch(cidr -> cidr.contains(address))).orElse(false);
    }

    public List<String> asStrings() {
        return entries.stream().map(Cidr::toString).toList();
    }
}
