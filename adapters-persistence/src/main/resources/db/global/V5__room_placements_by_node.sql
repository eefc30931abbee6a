-- The health watcher lists the rooms placed on a node that went stale or recovered.
CREATE INDEX room_placements_node ON room_placements (node_id);
