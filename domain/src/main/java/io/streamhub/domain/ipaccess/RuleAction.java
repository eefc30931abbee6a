package io.streamhub.domain.ipaccess;

import io.streamhub.domain.error.InvalidInputException;

/** What a rule does to the addresses of its network. */
public enum RuleAction {
    ALLOW, BLOCK;

    public String key() {
        return this == ALLOW ? "allow" : "block";
    }

    public static RuleAction parse(String text) {
        if ("allow".equals(text)) {
            return ALLOW;
        }
        if ("block".equals(text)) {
            return BLOCK;
        }
        throw new InvalidInputException("action", "action must be 'allow' or 'block'");
    }
}
