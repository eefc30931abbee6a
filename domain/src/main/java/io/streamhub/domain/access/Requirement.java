package io.streamhub.domain.access;

/** What a route demands of its caller. Every route declares exactly one. */
public sealed interface Requirement {

    /** Any authenticated principal. */
    record Authenticated() implements Requirement {
    }

    /** Platform administration: superadmins and global tokens only. */
    record GlobalScope() implements Requirement {
    }

    /** A role permission, checked in the tenant that owns the target. */
    record Permission(Resource resource, Action action) implements Requirement {
    }
}
