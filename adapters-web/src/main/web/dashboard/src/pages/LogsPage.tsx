import { useState } from 'react';
import { Badge, Button, Code, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { api } from '../api/client';
import { useApi } from '../api/hooks';
import { Async, Pager, PAGE_SIZE, when } from '../components/common';

const LEVEL_COLORS: Record<string, string> = { error: 'red', warn: 'orange', info: 'blue', debug: 'gray', trace: 'gray' };

export function LogsPage() {
  const [page, setPage] = useState(1);
  const [level, setLevel] = useState<string | null>(null);
  const [app, setApp] = useState('');
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState({ app: '', q: '' });
  const logs = useApi(() => api.get('/api/v1/logs', {
    query: { level, app: filters.app, q: filters.q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  }), [page, level, filters]);
  return (
    <Stack>
      <Title order={2}>Logs</Title>
      <form onSubmit={(e) => { e.preventDefault(); setPage(1); setFilters({ app, q }); }}>
        <Group align="flex-end" wrap="wrap">
          <Select label="Minimum level" clearable w={160} value={level} data={['trace', 'debug', 'info', 'warn', 'error']}
            onChange={(v) => { setLevel(v); setPage(1); }} />
          <TextInput label="App" w={180} value={app} onChange={(e) => setApp(e.currentTarget.value)} />
          <TextInput label="Text" w={240} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
          <Button type="submit" variant="light">Search</Button>
        </Group>
      </form>
      <Async state={logs} isEmpty={(d) => d.data.length === 0} empty="No log line matches.">
        {(d) => (
          <>
            <Table.ScrollContainer minWidth={700}>
              <Table striped verticalSpacing={4} fz="sm">
                <Table.Thead><Table.Tr>
                  <Table.Th w={170}>Time</Table.Th><Table.Th w={70}>Level</Table.Th><Table.Th>Source</Table.Th>
                  <Table.Th>App</Table.Th><Table.Th>Message</Table.Th>
                </Table.Tr></Table.Thead>
                <Table.Tbody>
                  {d.data.map((l) => (
                    <Table.Tr key={l.id}>
                      <Table.Td>{when(l.ts)}</Table.Td>
                      <Table.Td><Badge size="sm" color={LEVEL_COLORS[l.level] ?? 'gray'}>{l.level}</Badge></Table.Td>
                      <Table.Td><Text size="xs" c="dimmed">{l.source}</Text></Table.Td>
                      <Table.Td>{l.app ?? '—'}</Table.Td>
                      <Table.Td style={{ wordBreak: 'break-word' }}>
                        {l.message}
                        {l.meta && Object.keys(l.meta).length > 0 && <Code block mt={4}>{JSON.stringify(l.meta)}</Code>}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="xs" c="dimmed">{d.total} line(s)</Text>
            {d.total > PAGE_SIZE && <Pager page={page} pages={Math.ceil(d.total / PAGE_SIZE)} onChange={setPage} />}
          </>
        )}
      </Async>
    </Stack>
  );
}
