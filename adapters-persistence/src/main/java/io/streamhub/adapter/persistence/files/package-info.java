/** The files under {@code DATA_DIR}: app workspaces (config.yaml, app.db migrated from {@code db/app}, media) and host readings. */
package io.streamhub.adapter.persistence.files;
