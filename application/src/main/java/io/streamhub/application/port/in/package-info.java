/** Driving ports: use-case interfaces and their commands, queries and results. */
package io.streamhub.application.port.in;
