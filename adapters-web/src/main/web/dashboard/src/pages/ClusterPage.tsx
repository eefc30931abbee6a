import { useEffect, useState } from 'react';
import {
  Badge, Button, Card, Code, Group, MultiSelect, Select, SimpleGrid, Stack, Table, Text, Title, Tooltip,
} from '@mantine/core';
import { api, Schemas } from '../api/client';
import { useAction, useApi } from '../api/hooks';
import { Async, ConfirmButton, ErrorAlert, usePage, when } from '../components/common';

type Node = Schemas['ClusterController.NodeDto'];

function statusColor(n: Node) {
  if (n.stale) return 'orange';
  return n.status === 'active' ? 'green' : n.status === 'draining' ? 'yellow' : 'gray';
}

export function ClusterPage() {
  const info = useApi(() => api.get('/api/v1/cluster/info'), []);
  const nodes = useApi(() => api.get('/api/v1/cluster/nodes'), [], 5000);
  const action = useAction();
  const page = usePage(nodes.data?.data);
  const setStatus = (n: Node, status: string) => action.run(async () => {
    await api.patch('/api/v1/cluster/nodes/{id}', { path: { id: n.id }, body: { status } });
    nodes.reload();
  });
  return (
    <Stack>
      <Title order={2}>Cluster</Title>
      <Async state={info}>
        {(i) => (
          <Card withBorder>
            <Group gap="lg">
              <Text>Clustering <Badge color={i.data.enabled ? 'green' : 'gray'}>{i.data.enabled ? 'on' : 'off'}</Badge></Text>
              <Text size="sm">{i.data.nodes} node(s); stale after {i.data.staleAfterSeconds}s without a heartbeat</Text>
            </Group>
            {i.data.joinCommand && <><Text size="sm" mt="xs">Join a media node:</Text><Code block>{i.data.joinCommand}</Code></>}
          </Card>
        )}
      </Async>
      <ErrorAlert error={action.error} title="The node was not changed" />
      <Async state={nodes} isEmpty={(d) => d.data.length === 0} empty="No media node has joined yet.">
        {() => (
          <>
            <Table.ScrollContainer minWidth={820}>
              <Table striped data-testid="nodes-table">
                <Table.Thead><Table.Tr>
                  <Table.Th>Node</Table.Th><Table.Th miw={120}>Status</Table.Th><Table.Th>Rooms</Table.Th>
                  <Table.Th>Participants</Table.Th><Table.Th>CPU</Table.Th><Table.Th>Egress</Table.Th>
                  <Table.Th>Last seen</Table.Th><Table.Th />
                </Table.Tr></Table.Thead>
                <Table.Tbody>
                  {page.items.map((n) => (
                    <Table.Tr key={n.id} data-testid={`node-${n.name}`}>
                      <Table.Td>
                        <Text fw={600} size="sm">{n.name}</Text>
                        <Text size="xs" c="dimmed">{n.id}{n.region ? ` · ${n.region}` : ''}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Badge color={statusColor(n)} data-testid="node-status" style={{ flexShrink: 0 }}>{n.status}</Badge>
                          {n.stale && <Tooltip label="no heartbeat recently"><Badge color="orange" variant="outline">stale</Badge></Tooltip>}
                        </Group>
                      </Table.Td>
                      <Table.Td>{n.load?.rooms ?? '—'}</Table.Td>
                      <Table.Td>{n.load?.participants ?? '—'}</Table.Td>
                      <Table.Td>{n.load ? `${Math.round(n.load.cpu * 100)}%` : '—'}</Table.Td>
                      <Table.Td>{n.load ? `${(n.load.txBitsPerSecond / 1e6).toFixed(1)} Mb/s` : '—'}</Table.Td>
                      <Table.Td>{when(n.lastSeenAt)}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          {n.status !== 'draining' && (
                            <Button size="xs" variant="light" color="yellow" loading={action.busy}
                              onClick={() => setStatus(n, 'draining')}>Drain</Button>
                          )}
                          {n.status !== 'disabled' && (
                            <Button size="xs" variant="light" color="gray" loading={action.busy}
                              onClick={() => setStatus(n, 'disabled')}>Disable</Button>
                          )}
                          {n.status !== 'active' && (
                            <Button size="xs" variant="light" color="green" loading={action.busy}
                              onClick={() => setStatus(n, 'active')}>Activate</Button>
                          )}
                          <ConfirmButton label="Remove" title={`Remove node ${n.name}?`}
                            message="It leaves the registry; it joins again with its next heartbeat if still running."
                            onConfirm={async () => {
                              await api.delete('/api/v1/cluster/nodes/{id}', { path: { id: n.id } });
                              nodes.reload();
                            }} />
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {page.pager}
          </>
        )}
      </Async>
      <Placement nodes={nodes.data?.data ?? []} />
    </Stack>
  );
}

/** Where an app's rooms may go (pinned/denied nodes) and where its open rooms are now. */
function Placement({ nodes }: { nodes: Node[] }) {
  const apps = useApi(() => api.get('/api/v1/apps'), []);
  const [app, setApp] = useState<string | null>(null);
  useEffect(() => {
    if (!app && apps.data?.data.length) setApp(apps.data.data[0].name);
  }, [apps.data, app]);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={4}>Room placement</Title>
        <Select aria-label="app" placeholder="app" w={220} value={app} onChange={setApp}
          data={(apps.data?.data ?? []).map((a) => a.name)} />
      </Group>
      <Async state={apps} isEmpty={(d) => d.data.length === 0} empty="No app yet.">
        {() => (app ? <AppPlacement key={app} app={app} nodes={nodes} /> : null)}
      </Async>
    </Card>
  );
}

function AppPlacement({ app, nodes }: { app: string; nodes: Node[] }) {
  const policy = useApi(() => api.get('/api/v1/apps/{app}/placement', { path: { app } }), [app]);
  const rooms = useApi(() => api.get('/api/v1/apps/{app}/rooms', { path: { app } }), [app], 5000);
  const [pinned, setPinned] = useState<string[]>([]);
  const [denied, setDenied] = useState<string[]>([]);
  const save = useAction();
  useEffect(() => {
    if (policy.data) { setPinned(policy.data.data.pinned); setDenied(policy.data.data.denied); }
  }, [policy.data]);
  const options = Array.from(new Set(['origin', ...nodes.map((n) => n.id), ...pinned, ...denied]))
    .map((id) => ({ value: id, label: nodes.find((n) => n.id === id)?.name ?? id }));
  const name = (id?: string | null) => (id ? nodes.find((n) => n.id === id)?.name ?? id : '—');
  return (
    <Stack>
      <Async state={policy}>
        {() => (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect label="Pinned to" description="empty: any active node" data={options} value={pinned} onChange={setPinned} />
            <MultiSelect label="Never on" data={options} value={denied} onChange={setDenied} />
          </SimpleGrid>
        )}
      </Async>
      <ErrorAlert error={save.error} title="Placement not saved" />
      <Group justify="flex-end">
        <Button loading={save.busy} onClick={() => save.run(async () => {
          await api.put('/api/v1/apps/{app}/placement', { path: { app }, body: { pinned, denied } });
          policy.reload();
        })}>Save placement</Button>
      </Group>
      <Async state={rooms} isEmpty={(d) => d.data.length === 0} empty={`No room of ${app} is open.`}>
        {(d) => (
          <Table striped>
            <Table.Thead><Table.Tr><Table.Th>Room</Table.Th><Table.Th>On node</Table.Th><Table.Th>Participants</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {d.data.map((r) => (
                <Table.Tr key={r.name}><Table.Td>{r.name}</Table.Td><Table.Td>{name(r.nodeId)}</Table.Td><Table.Td>{r.participants}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Async>
    </Stack>
  );
}
