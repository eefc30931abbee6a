package io.streamhub.adapter.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a search built from optional filters, with its parameters in order:
 * {@code filter.add("app = ?", app)} for each filter present, then {@link #where()} in the SQL and
 * {@link #bind} on the statement.
 */
public final class SqlFilter {
    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Adds a condition with one value per {@code ?} in it. */
    public SqlFilter add(String clause, Object... values) {
        clauses.add(clause);
        params.addAll(List.of(values));
        return this;
    }

    /** {@code " WHERE a AND b"}, or empty without conditions. */
    public String where() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** Binds the parameters from index 1. @return the index of the next free parameter */
    public int bind(PreparedStatement statement) throws SQLException {
        int i = 1;
        for (Object p : params) {
            statement.setObject(i++, p);
        }
        return i;
    }
}
