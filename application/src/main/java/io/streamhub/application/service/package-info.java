/**
 * Use-case implementations: short orchestrators that load through out-ports, ask the domain and
 * save. Plain Java (no framework); wired explicitly in the bootstrap module.
 */
package io.streamhub.application.service;
