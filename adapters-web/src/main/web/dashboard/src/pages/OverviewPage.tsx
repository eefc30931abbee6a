import { Link } from 'react-router-dom';
import { Badge, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { api, Schemas } from '../api/client';
import { useApi } from '../api/hooks';
import { Async, bytes, duration, usePage } from '../components/common';

type LiveStream = Schemas['StreamController.StreamDto'] & { app: string };

/** The overview asks at most this many apps for their streams every 10 s; the app pages show the rest. */
const OVERVIEW_APPS = 50;

/** Live streams of the apps the caller sees (the API lists them per app). */
async function liveStreams(): Promise<LiveStream[]> {
  const apps = ((await api.get('/api/v1/apps')).data ?? []).slice(0, OVERVIEW_APPS);
  const lists = await Promise.all(apps.map(async (a) => {
    const streams = (await api.get('/api/v1/apps/{app}/streams', { path: { app: a.name } })).data ?? [];
    return streams.map((s) => ({ ...s, app: a.name }));
  }));
  return lists.flat();
}

function Stat({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text fw={700} size="xl" data-testid={testId}>{value}</Text>
      <Text size="xs" c="dimmed">{label}</Text>
    </Stack>
  );
}

export function OverviewPage() {
  const health = useApi(() => api.get('/api/v1/health'), [], 10000);
  const stats = useApi(() => api.get('/api/v1/stats'), [], 10000);
  const streams = useApi(liveStreams, [], 10000);
  const nodes = useApi(() => api.get('/api/v1/cluster/nodes'), [], 10000);
  const page = usePage(streams.data);

  return (
    <Stack>
      <Title order={2}>Overview</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Card withBorder>
          <Text size="sm" c="dimmed">Health</Text>
          <Async state={health}>
            {(h) => (
              <Stack gap={4}>
                <Group><Badge color={h.data.up ? 'green' : 'red'} size="lg">{h.data.status}</Badge></Group>
                <Text size="sm">version {h.data.version} · up {duration(h.data.uptimeSeconds)}</Text>
              </Stack>
            )}
          </Async>
        </Card>
        <Async state={stats}>
          {(s) => (
            <>
              <Card withBorder>
                <Text size="sm" c="dimmed">Platform</Text>
                <Group gap="lg" mt={4}>
                  <Stat label="apps" value={s.data.counts.apps} testId="stat-apps" />
                  <Stat label="tenants" value={s.data.counts.tenants} />
                  <Stat label="API tokens" value={s.data.counts.apiTokens} />
                </Group>
              </Card>
              <Card withBorder>
                <Text size="sm" c="dimmed">Active streams</Text>
                <Text fw={700} size="xl" mt={4}>{s.data.counts.activeStreams}</Text>
              </Card>
              <Card withBorder>
                <Text size="sm" c="dimmed">Host</Text>
                <Text size="sm" mt={4}>load {s.data.cpu.loadAverage.map((l) => l.toFixed(2)).join(' / ')} on {s.data.cpu.cores} cores</Text>
                <Text size="sm">memory {bytes(s.data.memory.usedBytes)} of {bytes(s.data.memory.totalBytes)}</Text>
                <Progress mt={4} value={s.data.disk.totalBytes ? (100 * s.data.disk.usedBytes) / s.data.disk.totalBytes : 0}
                  aria-label="disk used" />
                <Text size="xs" c="dimmed">disk {bytes(s.data.disk.usedBytes)} of {bytes(s.data.disk.totalBytes)}</Text>
              </Card>
            </>
          )}
        </Async>
      </SimpleGrid>

      <Card withBorder>
        <Title order={4} mb="sm">Live streams</Title>
        <Async state={streams} isEmpty={(d) => d.length === 0} empty="No stream is live right now.">
          {() => (
            <>
              <Table.ScrollContainer minWidth={500}>
                <Table striped>
                  <Table.Thead><Table.Tr>
                    <Table.Th>App</Table.Th><Table.Th>Room</Table.Th><Table.Th>Type</Table.Th>
                    <Table.Th>Viewers</Table.Th><Table.Th>Since</Table.Th>
                  </Table.Tr></Table.Thead>
                  <Table.Tbody>
                    {page.items.map((s) => (
                      <Table.Tr key={`${s.app}/${s.id}`}>
                        <Table.Td><Link to={`/apps/${s.app}/live`}>{s.app}</Link></Table.Td>
                        <Table.Td>{s.room}</Table.Td>
                        <Table.Td>{s.type}</Table.Td>
                        <Table.Td>{s.viewers ?? '—'}</Table.Td>
                        <Table.Td>{new Date(s.startedAt).toLocaleTimeString()}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {page.pager}
            </>
          )}
        </Async>
      </Card>

      <Card withBorder>
        <Title order={4} mb="sm">Node load</Title>
        <Async state={nodes} isEmpty={(d) => (d.data ?? []).length === 0} empty="No media node has joined yet.">
          {(d) => (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {d.data.map((n) => (
                <Card key={n.id} withBorder padding="sm">
                  <Group justify="space-between">
                    <Text fw={600}>{n.name}</Text>
                    <Badge color={n.stale ? 'orange' : n.status === 'active' ? 'green' : 'gray'}>
                      {n.stale ? 'stale' : n.status}
                    </Badge>
                  </Group>
                  <Text size="sm">{n.load ? `${n.load.rooms} rooms · ${n.load.participants} participants` : 'no load reported'}</Text>
                  <Progress mt={4} value={n.load ? Math.min(100, n.load.cpu * 100) : 0} aria-label="cpu" />
                </Card>
              ))}
            </SimpleGrid>
          )}
        </Async>
      </Card>
    </Stack>
  );
}
