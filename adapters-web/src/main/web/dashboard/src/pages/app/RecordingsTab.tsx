import { useState } from 'react';
import { Anchor, Button, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { api, Schemas } from '../../api/client';
import { useAction, useApi } from '../../api/hooks';
import { Async, ConfirmButton, ErrorAlert, Pager, PAGE_SIZE, bytes, duration, when } from '../../components/common';

type Vod = Schemas['VodController.VodDto'];

export function RecordingsTab({ app }: { app: string }) {
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<string | null>(null);
  const vods = useApi(() => api.get('/api/v1/apps/{app}/vods', {
    path: { app }, query: { status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  }), [app, page, status]);
  const [playing, setPlaying] = useState<Vod | null>(null);
  const action = useAction();
  const open = (id: number, then: (v: Vod) => void) => action.run(async () => {
    const one = await api.get('/api/v1/apps/{app}/vods/{id}', { path: { app, id: String(id) } });
    if (!one.data.url) throw new Error(`VOD ${id} is ${one.data.status}: nothing to play or download until it is ready`);
    then(one.data);
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={4}>Recordings</Title>
        <Select placeholder="any status" clearable w={180} aria-label="status filter" value={status}
          data={['recording', 'uploading', 'ready', 'failed']} onChange={(v) => { setStatus(v); setPage(1); }} />
      </Group>
      <ErrorAlert error={action.error} />
      <Async state={vods} isEmpty={(d) => d.data.length === 0}
        empty={status ? `No recording is ${status}.` : 'No recording yet: enable recording in Settings or start one on a live room.'}>
        {(d) => (
          <>
            <Table.ScrollContainer minWidth={700}>
              <Table striped>
                <Table.Thead><Table.Tr>
                  <Table.Th>Room</Table.Th><Table.Th>Status</Table.Th><Table.Th>Started</Table.Th>
                  <Table.Th>Length</Table.Th><Table.Th>Size</Table.Th><Table.Th />
                </Table.Tr></Table.Thead>
                <Table.Tbody>
                  {d.data.map((v) => (
                    <Table.Tr key={v.id}>
                      <Table.Td>{v.room}</Table.Td>
                      <Table.Td title={v.failure ?? undefined}>{v.status}</Table.Td>
                      <Table.Td>{when(v.startedAt)}</Table.Td>
                      <Table.Td>{duration(v.durationS)}</Table.Td>
                      <Table.Td>{bytes(v.sizeBytes)}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" variant="light" disabled={v.status !== 'ready'} onClick={() => open(v.id, setPlaying)}>Play</Button>
                          <Button size="xs" variant="light" disabled={v.status !== 'ready'}
                            onClick={() => open(v.id, (one) => window.open(one.url, '_blank', 'noopener'))}>Download</Button>
                          <ConfirmButton label="Delete" title={`Delete recording ${v.id}?`}
                            message="Its file, snapshot and row are deleted, in the bucket too."
                            onConfirm={async () => {
                              await api.delete('/api/v1/apps/{app}/vods/{id}', { path: { app, id: String(v.id) } });
                              vods.reload();
                            }} />
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="xs" c="dimmed">{d.total} recording(s)</Text>
            {d.total > PAGE_SIZE && <Pager page={page} pages={Math.ceil(d.total / PAGE_SIZE)} onChange={setPage} />}
          </>
        )}
      </Async>
      <Modal opened={playing !== null} onClose={() => setPlaying(null)} title={`Recording of ${playing?.room ?? ''}`} size="xl" centered>
        {playing && (
          <Stack>
            <video src={playing.url} controls autoPlay style={{ width: '100%' }} poster={playing.snapshotUrl ?? undefined} />
            <Anchor href={playing.url} target="_blank" rel="noopener">Download</Anchor>
            <Text size="xs" c="dimmed">link valid until {when(playing.urlExpiresAt)}</Text>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
