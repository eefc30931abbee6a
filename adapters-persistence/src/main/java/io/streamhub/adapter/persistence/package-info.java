/**
 * Driven adapters for the global SQLite store (Micronaut Data JDBC, Flyway {@code db/global}) and for
 * the files under {@code DATA_DIR}. Depends on {@code application} ports, the domain, Micronaut Data, sqlite-jdbc,
 * Flyway and snakeyaml; nothing outside this module sees a row, a SQL type or a file path.
 */
package io.streamhub.adapter.persistence;
