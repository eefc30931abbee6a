package io.streamhub.domain.ipaccess;

import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.net.Cidr;
import java.net.InetAddress;
import java.time.Instant;
import java.util.Objects;

/** An operator's rule: allow or block every address of a network. One rule per network. */
public record IpRule(long id, Cidr cidr, RuleAction action, String note, Instant createdAt, String createdBy) {
    static final int MAX_CIDR = 64;
    static final int MAX_NOTE = 300;

    public IpRule {
        Objects.requireNonNull(cidr);
        Objects.requireNonNull(action);
        Objects.requireNonNull(createdAt);
        note = note == null ? "" : note;
        createdBy = createdBy == null ? "" : createdBy;
    }

    public boolean matches(InetAddress address) {
        return cidr.contains(address);
    }

    /** A rule as asked for, before it has an id: {@code cidr} ≤ 64 characters (v4/v6 CIDR or bare IP), note ≤ 300. */
    public record Draft(Cidr cidr, RuleAction action, String note) {

        public static Draft of(String cidr, String action, String note) {
            if (cidr == null || cidr.isBlank()) {
                throw new InvalidInputException("cidr", "cidr is required");
            }
            if (cidr.length() > MAX_CIDR) {
                throw new InvalidInputException("cidr", "cidr must be at most " + MAX_CIDR + " characters");
            }
            if (action == null) {
                throw new InvalidInputException("action", "action is required");
            }
            String text = note == null ? "" : note.trim();
            if (text.length() > MAX_NOTE) {
                throw new InvalidInputException("note", "note must be at most " + MAX_NOTE + " characters");
            }
            return new Draft(networkOf(Cidr.parse("cidr", cidr)), RuleAction.parse(action), text);
        }

        /** {@code 10.1.2.3/8} is the network {@code 10.0.0.0/8}: host bits are cleared so one network has one form. */
        private static Cidr networkOf(Cidr cidr) {
            byte[] bytes = cidr.network().getAddress();
            for (int bit = cidr.prefixLength(); bit < bytes.length * 8; bit++) {
                bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
            }
            try {
                return new Cidr(InetAddress.getByAddress(bytes), cidr.prefixLength());
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException("an address of 4 or 16 bytes is always valid", e);
            }
        }
    }
}
