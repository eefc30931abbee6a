import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { api, Schemas } from '../../api/client';
import { useAction, useApi } from '../../api/hooks';
import { Async, ConfirmButton, ErrorAlert, usePage, when } from '../../components/common';

export function LiveTab({ app }: { app: string }) {
  const streams = useApi(() => api.get('/api/v1/apps/{app}/streams', { path: { app } }), [app], 5000);
  const rooms = useApi(() => api.get('/api/v1/apps/{app}/rooms', { path: { app } }), [app], 5000);
  const streamPage = usePage(streams.data?.data);
  const roomPage = usePage(rooms.data?.data);
  const [room, setRoom] = useState<string | null>(null);
  return (
    <Stack>
      <Card withBorder>
        <Title order={4} mb="sm">Live streams</Title>
        <Async state={streams} isEmpty={(d) => d.data.length === 0}
          empty="No stream is live in this app. Publish with an ingress or the sample publish page.">
          {() => (
            <>
              <Table.ScrollContainer minWidth={600}>
                <Table striped data-testid="streams-table">
                  <Table.Thead><Table.Tr>
                    <Table.Th>Room</Table.Th><Table.Th>Type</Table.Th><Table.Th>Publisher</Table.Th>
                    <Table.Th>Viewers</Table.Th><Table.Th>Started</Table.Th><Table.Th />
                  </Table.Tr></Table.Thead>
                  <Table.Tbody>
                    {streamPage.items.map((s) => (
                      <Table.Tr key={s.id}>
                        <Table.Td>{s.room}</Table.Td>
                        <Table.Td>{s.type}</Table.Td>
                        <Table.Td>{s.participant}</Table.Td>
                        <Table.Td data-testid="viewers">{s.viewers ?? '—'}</Table.Td>
                        <Table.Td>{when(s.startedAt)}</Table.Td>
                        <Table.Td>
                          <ConfirmButton label="Stop" title={`Stop the stream in ${s.room}?`}
                            message="The publisher is removed (or its ingress deleted)."
                            onConfirm={async () => {
                              await api.delete('/api/v1/apps/{app}/streams/{id}', { path: { app, id: s.id } });
                              streams.reload();
                            }} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {streamPage.pager}
            </>
          )}
        </Async>
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">Rooms</Title>
        <Async state={rooms} isEmpty={(d) => d.data.length === 0} empty="No room is open in this app.">
          {() => (
            <>
              <Table.ScrollContainer minWidth={600}>
                <Table striped highlightOnHover data-testid="rooms-table">
                  <Table.Thead><Table.Tr>
                    <Table.Th>Room</Table.Th><Table.Th>Participants</Table.Th><Table.Th>Publishers</Table.Th>
                    <Table.Th>Viewers</Table.Th><Table.Th>Node</Table.Th><Table.Th />
                  </Table.Tr></Table.Thead>
                  <Table.Tbody>
                    {roomPage.items.map((r) => (
                      <Table.Tr key={r.name}>
                        <Table.Td>{r.name}</Table.Td>
                        <Table.Td data-testid="room-participants">{r.participants}</Table.Td>
                        <Table.Td data-testid="room-publishers">{r.publishers}</Table.Td>
                        <Table.Td data-testid="room-viewers">{r.viewers}</Table.Td>
                        <Table.Td>{r.nodeId ?? '—'}</Table.Td>
                        <Table.Td>
                          <Button size="xs" variant="light" onClick={() => setRoom(room === r.name ? null : r.name)}>
                            {room === r.name ? 'Hide' : 'Participants'}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {roomPage.pager}
            </>
          )}
        </Async>
      </Card>
      {room && <Participants app={app} room={room} onChanged={() => { streams.reload(); rooms.reload(); }} />}
    </Stack>
  );
}

function Participants({ app, room, onChanged }: { app: string; room: string; onChanged: () => void }) {
  const list = useApi(() => api.get('/api/v1/apps/{app}/rooms/{room}/participants', { path: { app, room } }), [app, room], 5000);
  const action = useAction();
  const mute = (p: Schemas['RoomDtos.ParticipantDto'], t: Schemas['RoomDtos.TrackDto']) => action.run(async () => {
    await api.post('/api/v1/apps/{app}/rooms/{room}/participants/{identity}/mute',
      { path: { app, room, identity: p.identity }, body: { trackSid: t.sid, muted: !t.muted } });
    list.reload();
  });
  return (
    <Card withBorder>
      <Title order={4} mb="sm">Participants of {room}</Title>
      <ErrorAlert error={action.error} />
      <Async state={list} isEmpty={(d) => d.data.length === 0} empty="Nobody is in this room.">
        {(d) => (
          <Stack gap="xs">
            {d.data.map((p) => (
              <Group key={p.sid} justify="space-between" wrap="wrap" data-testid="participant">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Text fw={600}>{p.name || p.identity}</Text>
                    <Badge size="sm" variant="light">{p.publishing ? 'publisher' : 'viewer'}</Badge>
                    <Badge size="sm" variant="outline">{p.state}</Badge>
                  </Group>
                  <Text size="xs" c="dimmed">{p.identity} · joined {when(p.joinedAt)}</Text>
                </Stack>
                <Group gap="xs">
                  {p.tracks.map((t) => (
                    <Button key={t.sid} size="xs" variant={t.muted ? 'filled' : 'light'} color={t.muted ? 'orange' : 'blue'}
                      loading={action.busy} onClick={() => mute(p, t)}>
                      {t.muted ? `Unmute ${t.kind}` : `Mute ${t.kind}`}
                    </Button>
                  ))}
                  <ConfirmButton label="Kick" title={`Remove ${p.identity} from ${room}?`}
                    message="They are disconnected; they may join again with a valid token."
                    onConfirm={async () => {
                      await api.delete('/api/v1/apps/{app}/rooms/{room}/participants/{identity}',
                        { path: { app, room, identity: p.identity } });
                      list.reload();
                      onChanged();
                    }} />
                </Group>
              </Group>
            ))}
          </Stack>
        )}
      </Async>
    </Card>
  );
}
