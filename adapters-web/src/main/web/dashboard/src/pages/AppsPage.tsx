import { FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Checkbox, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { api } from '../api/client';
import { useAction, useApi } from '../api/hooks';
import { Async, ConfirmButton, ErrorAlert, usePage, when } from '../components/common';

export function AppsPage() {
  const apps = useApi(() => api.get('/api/v1/apps'), []);
  const page = usePage(apps.data?.data);
  const [creating, setCreating] = useState(false);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Apps</Title>
        <Button onClick={() => setCreating(true)}>Create app</Button>
      </Group>
      <Async state={apps} isEmpty={(d) => d.data.length === 0} empty="No app yet: create one to get stream keys and tokens.">
        {() => (
          <>
            <Table.ScrollContainer minWidth={560}>
              <Table striped highlightOnHover>
                <Table.Thead><Table.Tr>
                  <Table.Th>Name</Table.Th><Table.Th>Display name</Table.Th><Table.Th>Room prefix</Table.Th>
                  <Table.Th>Created</Table.Th><Table.Th />
                </Table.Tr></Table.Thead>
                <Table.Tbody>
                  {page.items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td><Link to={`/apps/${a.name}`}>{a.name}</Link></Table.Td>
                      <Table.Td>{a.displayName}</Table.Td>
                      <Table.Td>{a.roomPrefix || '—'}</Table.Td>
                      <Table.Td>{when(a.createdAt)}</Table.Td>
                      <Table.Td><DeleteApp name={a.name} onDeleted={apps.reload} /></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {page.pager}
          </>
        )}
      </Async>
      <CreateAppModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function DeleteApp({ name, onDeleted }: { name: string; onDeleted: () => void }) {
  const [purge, setPurge] = useState(false);
  return (
    <ConfirmButton label="Delete" title={`Delete app ${name}?`}
      message={
        <Stack gap="xs" component="span">
          <span>Streams stop, tokens of the app stop working. This cannot be undone.</span>
          <Checkbox label="Also purge its recordings and data" checked={purge} onChange={(e) => setPurge(e.currentTarget.checked)} />
        </Stack>
      }
      onConfirm={async () => {
        await api.delete('/api/v1/apps/{name}', { path: { name }, query: { purge: purge ? 'true' : undefined } });
        onDeleted();
      }} />
  );
}

function CreateAppModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [name, setName] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roomPrefix, setRoomPrefix] = useState('');
  const { busy, error, run } = useAction();
  const navigate = useNavigate();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const created = await run(() => api.post('/api/v1/apps', {
      body: { name, displayName: displayName || undefined, roomPrefix: roomPrefix || undefined },
    }));
    if (created?.data) {
      onClose();
      navigate(`/apps/${created.data.name}`);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Create app" centered>
      <form onSubmit={submit}>
        <Stack>
          <TextInput label="Name" name="name" description="lower-case letters, digits and dashes; part of every URL"
            required value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
          <TextInput label="Display name" name="displayName" value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} />
          <TextInput label="Room prefix" name="roomPrefix" value={roomPrefix} onChange={(e) => setRoomPrefix(e.currentTarget.value)} />
          <ErrorAlert error={error} />
          <Text size="xs" c="dimmed">Recording, callbacks, storage and distribution are set on the app's Settings tab.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={busy}>Create</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
