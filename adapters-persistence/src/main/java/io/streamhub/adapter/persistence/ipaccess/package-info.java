/** IP rules ({@code ip_rules}) and stored bans ({@code ip_bans}) in the global database. */
package io.streamhub.adapter.persistence.ipaccess;
