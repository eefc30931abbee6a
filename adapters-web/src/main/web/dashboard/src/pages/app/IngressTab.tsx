import { FormEvent, useState } from 'react';
import { Button, Group, Modal, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { api, Schemas } from '../../api/client';
import { useAction, useApi } from '../../api/hooks';
import { Async, ConfirmButton, CopyField, ErrorAlert, usePage } from '../../components/common';

type Ingress = Schemas['IngressController.IngressDto'];

/** How to publish into one ingress: the copyable URLs and key (password only right after creation). */
export function IngressDetails({ ingress }: { ingress: Ingress }) {
  return (
    <Stack gap="xs" data-testid="ingress-details">
      {ingress.inputType === 'rtmp' && <CopyField label="RTMP server URL" value={ingress.url ?? ''} testId="rtmp-url" />}
      {ingress.streamKey && <CopyField label="Stream key" value={ingress.streamKey} testId="stream-key" />}
      {ingress.rtmpUrl && <CopyField label="RTMP URL with key (one field in OBS)" value={ingress.rtmpUrl} testId="rtmp-full-url" />}
      {ingress.whipUrl && <CopyField label="WHIP URL (bearer: the stream key)" value={ingress.whipUrl} testId="whip-url" />}
      {ingress.inputType === 'url' && <CopyField label="Pulled from" value={ingress.url ?? ''} />}
      {ingress.password && (
        <>
          <CopyField label="RTMP password (shown once)" value={ingress.password} testId="rtmp-password" />
          <Text size="xs" c="orange">Copy the password now: it is not shown again.</Text>
        </>
      )}
    </Stack>
  );
}

export function IngressTab({ app }: { app: string }) {
  const list = useApi(() => api.get('/api/v1/apps/{app}/ingress', { path: { app } }), [app]);
  const page = usePage(list.data?.data);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<Ingress | null>(null);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={4}>Ingress</Title>
        <Button onClick={() => setCreating(true)}>Create ingress</Button>
      </Group>
      <Async state={list} isEmpty={(d) => d.data.length === 0}
        empty="No ingress yet: create one to publish from OBS (RTMP), a WHIP encoder or a pulled URL.">
        {() => (
          <>
            <Table.ScrollContainer minWidth={600}>
              <Table striped>
                <Table.Thead><Table.Tr>
                  <Table.Th>Name</Table.Th><Table.Th>Type</Table.Th><Table.Th>Room</Table.Th>
                  <Table.Th>Status</Table.Th><Table.Th />
                </Table.Tr></Table.Thead>
                <Table.Tbody>
                  {page.items.map((i) => (
                    <Table.Tr key={i.ingressId}>
                      <Table.Td>{i.name}</Table.Td>
                      <Table.Td>{i.inputType}</Table.Td>
                      <Table.Td>{i.roomName}</Table.Td>
                      <Table.Td>{i.status}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" variant="light" onClick={() => setShown(i)}>URLs & key</Button>
                          <ConfirmButton label="Delete" title={`Delete ingress ${i.name}?`}
                            message="Encoders using its stream key stop being accepted."
                            onConfirm={async () => {
                              await api.delete('/api/v1/apps/{app}/ingress/{id}', { path: { app, id: i.ingressId } });
                              list.reload();
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
      <CreateIngress app={app} opened={creating} onClose={() => setCreating(false)}
        onCreated={(i) => { setCreating(false); setShown(i); list.reload(); }} />
      <Modal opened={shown !== null} onClose={() => setShown(null)} title={`Ingress ${shown?.name ?? ''}`} size="lg" centered>
        {shown && <IngressDetails ingress={shown} />}
      </Modal>
    </Stack>
  );
}

function CreateIngress({ app, opened, onClose, onCreated }: {
  app: string; opened: boolean; onClose: () => void; onCreated: (i: Ingress) => void;
}) {
  const [inputType, setInputType] = useState<string>('rtmp');
  const [room, setRoom] = useState('');
  const [identity, setIdentity] = useState('');
  const [url, setUrl] = useState('');
  const [transcode, setTranscode] = useState(true);
  const { busy, error, run } = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const created = await run(() => api.post('/api/v1/apps/{app}/ingress', {
      path: { app },
      body: {
        inputType, room: room || undefined, participantIdentity: identity || undefined,
        url: inputType === 'url' ? url : undefined,
        // only WHIP may pass the encoder's stream through untouched
        enableTranscoding: inputType === 'whip' ? transcode : undefined,
      },
    }));
    if (created?.data) onCreated(created.data);
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Create ingress" centered>
      <form onSubmit={submit}>
        <Stack>
          <Select label="Input" data={[{ value: 'rtmp', label: 'RTMP (OBS)' }, { value: 'whip', label: 'WHIP' },
            { value: 'url', label: 'Pull a URL' }]} value={inputType} onChange={(v) => setInputType(v ?? 'rtmp')} allowDeselect={false} />
          <TextInput label="Room" name="room" description="empty: a room is named for you" value={room}
            onChange={(e) => setRoom(e.currentTarget.value)} />
          <TextInput label="Participant identity" name="identity" value={identity} onChange={(e) => setIdentity(e.currentTarget.value)} />
          {inputType === 'url' && (
            <TextInput label="Source URL" name="url" required value={url} onChange={(e) => setUrl(e.currentTarget.value)} />
          )}
          {inputType === 'whip' && (
            <Switch label="Transcode into simulcast layers (off: pass the encoder's stream through)" checked={transcode}
              onChange={(e) => setTranscode(e.currentTarget.checked)} />
          )}
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={busy}>Create</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

