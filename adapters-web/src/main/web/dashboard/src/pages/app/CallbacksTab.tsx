import { FormEvent, useState } from 'react';
import { Badge, Button, Card, Code, Group, Modal, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { api, Schemas } from '../../api/client';
import { useAction, useApi } from '../../api/hooks';
import { Async, ConfirmButton, CopyField, ErrorAlert, Pager, PAGE_SIZE, when } from '../../components/common';

type Endpoint = Schemas['CallbackController.EndpointDto'];

export function CallbacksTab({ app }: { app: string }) {
  return (
    <Stack>
      <Endpoints app={app} />
      <Deliveries app={app} />
    </Stack>
  );
}

function Endpoints({ app }: { app: string }) {
  const list = useApi(() => api.get('/api/v1/apps/{app}/callbacks', { path: { app } }), [app]);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const toggle = useAction();
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={4}>Callback endpoints</Title>
        <Button onClick={() => setCreating(true)}>Add endpoint</Button>
      </Group>
      <ErrorAlert error={toggle.error} />
      <Async state={list} isEmpty={(d) => d.data.length === 0} empty="No callback endpoint: events are not sent anywhere.">
        {(d) => (
          <Table.ScrollContainer minWidth={600}>
            <Table striped>
              <Table.Thead><Table.Tr>
                <Table.Th>URL</Table.Th><Table.Th>Events</Table.Th><Table.Th>Enabled</Table.Th><Table.Th />
              </Table.Tr></Table.Thead>
              <Table.Tbody>
                {d.data.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td style={{ wordBreak: 'break-all' }}>
                      {e.url} {e.source === 'config' && <Badge size="xs" variant="outline">from settings</Badge>}
                    </Table.Td>
                    <Table.Td>{e.events?.length ? e.events.join(', ') : 'all'}</Table.Td>
                    <Table.Td>
                      <Switch checked={e.enabled} disabled={e.source === 'config' || toggle.busy} aria-label="enabled"
                        onChange={() => toggle.run(async () => {
                          await api.patch('/api/v1/apps/{app}/callbacks/{id}', { path: { app, id: e.id }, body: { enabled: !e.enabled } });
                          list.reload();
                        })} />
                    </Table.Td>
                    <Table.Td>
                      {e.source !== 'config' && (
                        <ConfirmButton label="Delete" title="Delete this endpoint?" message={e.url}
                          onConfirm={async () => {
                            await api.delete('/api/v1/apps/{app}/callbacks/{id}', { path: { app, id: e.id } });
                            list.reload();
                          }} />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Async>
      <CreateEndpoint app={app} opened={creating} onClose={() => setCreating(false)}
        onCreated={(e) => { setCreating(false); list.reload(); if (e.secret) setSecret(e.secret); }} />
      <Modal opened={secret !== null} onClose={() => setSecret(null)} title="Signing secret" centered size="lg">
        {secret && <Stack><CopyField label="Secret (shown once)" value={secret} /><Text size="sm">Verify the signature header with it.</Text></Stack>}
      </Modal>
    </Card>
  );
}

function CreateEndpoint({ app, opened, onClose, onCreated }: {
  app: string; opened: boolean; onClose: () => void; onCreated: (e: Endpoint) => void;
}) {
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState('');
  const [description, setDescription] = useState('');
  const { busy, error, run } = useAction();
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const list = events.split(',').map((s) => s.trim()).filter(Boolean);
    const answer = await run(() => api.post('/api/v1/apps/{app}/callbacks', {
      path: { app }, body: { url, events: list.length ? list : undefined, description: description || undefined, enabled: true },
    }));
    if (answer?.data) onCreated(answer.data);
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Add a callback endpoint" centered>
      <form onSubmit={submit}>
        <Stack>
          <TextInput label="URL" required value={url} onChange={(e) => setUrl(e.currentTarget.value)} />
          <TextInput label="Events" description="comma-separated; empty: every event" value={events}
            onChange={(e) => setEvents(e.currentTarget.value)} />
          <TextInput label="Description" value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={busy}>Add</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Deliveries({ app }: { app: string }) {
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const log = useApi(() => api.get('/api/v1/apps/{app}/callbacks/deliveries', {
    path: { app }, query: { status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  }), [app, page, status], 10000);
  const redeliver = useAction();
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={4}>Delivery log</Title>
        <Select placeholder="any status" clearable w={180} aria-label="delivery status" value={status}
          data={['pending', 'delivered', 'dead']} onChange={(v) => { setStatus(v); setPage(1); }} />
      </Group>
      <ErrorAlert error={redeliver.error} title="Redelivery refused" />
      <Async state={log} isEmpty={(d) => d.data.length === 0} empty="No delivery yet.">
        {(d) => (
          <>
            <Table.ScrollContainer minWidth={700}>
              <Table striped>
                <Table.Thead><Table.Tr>
                  <Table.Th>Event</Table.Th><Table.Th>Room</Table.Th><Table.Th>Status</Table.Th>
                  <Table.Th>Attempts</Table.Th><Table.Th>Created</Table.Th><Table.Th />
                </Table.Tr></Table.Thead>
                <Table.Tbody>
                  {d.data.map((x) => (
                    <Table.Tr key={x.id} onClick={() => setOpen(open === x.id ? null : x.id)} style={{ cursor: 'pointer' }}>
                      <Table.Td>{x.event}</Table.Td>
                      <Table.Td>{x.room ?? '—'}</Table.Td>
                      <Table.Td>
                        <Badge color={x.status === 'delivered' ? 'green' : x.status === 'dead' ? 'red' : 'yellow'}>{x.status}</Badge>
                        {open === x.id && (
                          <Stack gap={2} mt="xs">
                            {x.attemptLog.map((a) => (
                              <Code key={a.attempt} block>
                                #{a.attempt} {when(a.at)} → {a.statusCode ?? '—'} in {a.latencyMs} ms {a.error ?? ''}
                              </Code>
                            ))}
                          </Stack>
                        )}
                      </Table.Td>
                      <Table.Td>{x.attempts}</Table.Td>
                      <Table.Td>{when(x.createdAt)}</Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="light" disabled={x.status === 'pending'} loading={redeliver.busy}
                          onClick={(e) => {
                            e.stopPropagation();
                            redeliver.run(async () => {
                              await api.post('/api/v1/apps/{app}/callbacks/deliveries/{id}/redeliver', { path: { app, id: x.id } });
                              log.reload();
                            });
                          }}>Redeliver</Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {d.total > PAGE_SIZE && <Pager page={page} pages={Math.ceil(d.total / PAGE_SIZE)} onChange={setPage} />}
          </>
        )}
      </Async>
    </Card>
  );
}
