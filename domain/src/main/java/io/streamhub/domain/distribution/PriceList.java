package io.streamhub.domain.distribution;

import io.streamhub.domain.error.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One CDN's list prices: bandwidth in volume tiers ($/GB for each slice of the volume, as providers
 * publish them: "first 10 TB", "next 40 TB", …, "over") and an optional fee per block of requests.
 * Sizes are decimal (1 TB = 1,000 GB, 1 PB = 1,000 TB).
 *
 * <p>Written as text so an operator can override it from one setting: tiers
 * {@code "10TB@0.085,40TB@0.080,…,rest@0.020"} (each {@code SIZE@USD_PER_GB}, the last one {@code rest};
 * a bare price means one flat tier), request fee {@code "0.01/10k"}, {@code "0.75/1M"}, {@code "1/500"}
 * or {@code "0"}.
 *
 * @param provider    a lowercase name ({@code bunny}, {@code cloudfront}, …)
 * @param tiers       the bandwidth tiers in order, the last one unbounded
 * @param requestFee  what requests cost
 * @param note        what the price does not capture (a flat plan, a caveat); may be empty
 */
public record PriceList(String provider, List<Tier> tiers, RequestFee requestFee, String note) {
    /** Above this a price per GB is a typo (list prices are cents). */
    static final double MAX_USD_PER_GB = 10;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final Pattern TIER = Pattern.compile("(?:(\\d+(?:\\.\\d+)?)(GB|TB|PB)|rest)@(\\d+(?:\\.\\d+)?)");
    private static final Pattern FEE = Pattern.compile("(\\d+(?:\\.\\d+)?)/(\\d+)([kM]?)");

    /**
     * @param sizeGb   how many GB this slice covers; {@link Double#POSITIVE_INFINITY} for the last one
     * @param usdPerGb the price of each GB in the slice
     * @param label    the size as written ({@code 10TB}, {@code rest})
     */
    public record Tier(double sizeGb, double usdPerGb, String label) {
    }

    /** {@code usd} for every {@code perRequests} requests (none when usd is 0). */
    public record RequestFee(double usd, long perRequests, String text) {
        public static final RequestFee NONE = new RequestFee(0, 1, "0");

        public double cost(long requests) {
            return usd == 0 ? 0 : usd * requests / perRequests;
        }
    }

    public PriceList {
        if (provider == null || !NAME.matcher(provider).matches()) {
            throw new InvalidInputException("provider", "provider must be a lowercase name (letters, digits, '-')");
        }
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty() || tiers.get(tiers.size() - 1).sizeGb() != Double.POSITIVE_INFINITY) {
            throw new InvalidInputException("tiers", "tiers must end with an unbounded 'rest@PRICE' tier");
        }
        note = note == null ? "" : note;
    }

    /** Builds a price list from its text form; a malformed part is refused naming {@code tiers} or {@code requestFee}. */
    public static PriceList parse(String provider, String tiersText, String requestFeeText, String note) {
        return new PriceList(provider, parseTiers(tiersText), parseFee(requestFeeText), note);
    }

    /** Cost of {@code gb} gigabytes, each slice at its tier's price. */
    public double bandwidthCost(double gb) {
        double left = gb;
        double cost = 0;
        for (Tier tier : tiers) {
            if (left <= 0) {
                break;
            }
            double slice = Math.min(left, tier.sizeGb());
            cost += slice * tier.usdPerGb();
            left -= slice;
        }
        return cost;
    }

    public double requestCost(long requests) {
        return requestFee.cost(requests);
    }

    /** The tiers in the text notation they are configured in. */
    public String tiersText() {
        List<String> parts = new ArrayList<>();
        for (Tier tier : tiers) {
            parts.add(tier.label() + "@" + plain(tier.usdPerGb()));
        }
        return String.join(",", parts);
    }

    private static List<Tier> parseTiers(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("tiers", "tiers are required, e.g. 10TB@0.085,rest@0.02 or a flat 0.005");
        }
        String compact = text.replaceAll("\\s+", "");
        if (compact.matches("\\d+(\\.\\d+)?")) {
            compact = "rest@" + compact;
        }
        List<Tier> tiers = new ArrayList<>();
        String[] parts = compact.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            Matcher m = TIER.matcher(parts[i]);
            if (!m.matches()) {
                throw new InvalidInputException("tiers", "tier '" + parts[i] + "' is not SIZE@USD_PER_GB (SIZE like 10TB, or rest)");
            }
            boolean rest = m.group(1) == null;
            if (rest != (i == parts.length - 1)) {
                throw new InvalidInputException("tiers", "exactly the last tier must be rest@PRICE");
            }
            double price = Double.parseDouble(m.group(3));
            if (price > MAX_USD_PER_GB) {
                throw new InvalidInputException("tiers", "tier price " + m.group(3) + " $/GB is not plausible (max " + plain(MAX_USD_PER_GB) + ")");
            }
            if (rest) {
                tiers.add(new Tier(Double.POSITIVE_INFINITY, price, "rest"));
            } else {
                double size = Double.parseDouble(m.group(1)) * switch (m.group(2)) {
                    case "GB" -> 1;
                    case "TB" -> 1_000;
                    default -> 1_000_000;
                };
                if (size <= 0) {
                    throw new InvalidInputException("tiers", "tier '" + parts[i] + "' covers no volume");
                }
                tiers.add(new Tier(size, price, m.group(1) + m.group(2)));
            }
        }
        return tiers;
    }

    private static RequestFee parseFee(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("requestFee", "requestFee is required: 0, or USD per block like 0.01/10k");
        }
        String compact = text.replaceAll("\\s+", "");
        if (compact.equals("none") || compact.matches("0+(\\.0+)?")) {
            return RequestFee.NONE;
        }
        Matcher m = FEE.matcher(compact);
        if (!m.matches()) {
            throw new InvalidInputException("requestFee", "requestFee '" + text + "' is not USD/COUNT like 0.01/10k or 0.75/1M");
        }
        long per = Long.parseLong(m.group(2)) * switch (m.group(3)) {
            case "k" -> 1_000L;
            case "M" -> 1_000_000L;
            default -> 1L;
        };
        if (per <= 0) {
            throw new InvalidInputException("requestFee", "requestFee must be per a positive number of requests");
        }
        return new RequestFee(Double.parseDouble(m.group(1)), per, compact);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
