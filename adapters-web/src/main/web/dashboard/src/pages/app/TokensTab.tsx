import { FormEvent, useState } from 'react';
import { Badge, Button, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { api, Schemas } from '../../api/client';
import { useAction, useApi } from '../../api/hooks';
import { Async, ConfirmButton, CopyField, ErrorAlert, usePage, when } from '../../components/common';

/** API tokens scoped to this app (the token API is global; issuing and revoking need a global session). */
export function TokensTab({ app, appId }: { app: string; appId: number }) {
  const tokens = useApi(async () => {
    const all = await api.get('/api/v1/tokens');
    return all.data.filter((t) => t.appId === appId);
  }, [appId]);
  const page = usePage(tokens.data);
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<Schemas['TokenController.IssuedDto'] | null>(null);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={4}>API tokens of {app}</Title>
        <Button onClick={() => setCreating(true)}>Issue token</Button>
      </Group>
      <Async state={tokens} isEmpty={(d) => d.length === 0} empty="No API token is scoped to this app.">
        {() => (
          <>
            <Table.ScrollContainer minWidth={600}>
              <Table striped>
                <Table.Thead><Table.Tr>
                  <Table.Th>Name</Table.Th><Table.Th>Allowed IPs</Table.Th><Table.Th>Last used</Table.Th>
                  <Table.Th>Created</Table.Th><Table.Th />
                </Table.Tr></Table.Thead>
                <Table.Tbody>
                  {page.items.map((t) => (
                    <Table.Tr key={t.id}>
                      <Table.Td>{t.name} {t.revoked && <Badge color="gray" size="sm">revoked</Badge>}</Table.Td>
                      <Table.Td>{t.allowedIps?.length ? t.allowedIps.join(', ') : 'any'}</Table.Td>
                      <Table.Td>{when(t.lastUsedAt)}</Table.Td>
                      <Table.Td>{when(t.createdAt)}</Table.Td>
                      <Table.Td>
                        {!t.revoked && (
                          <ConfirmButton label="Revoke" title={`Revoke token ${t.name}?`}
                            message="Calls with it are refused from now on."
                            onConfirm={async () => {
                              await api.delete('/api/v1/tokens/{id}', { path: { id: String(t.id) } });
                              tokens.reload();
                            }} />
                        )}
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
      <IssueToken appId={appId} opened={creating} onClose={() => setCreating(false)}
        onIssued={(t) => { setCreating(false); setIssued(t); tokens.reload(); }} />
      <Modal opened={issued !== null} onClose={() => setIssued(null)} title="Token issued" size="lg" centered>
        {issued && (
          <Stack>
            <CopyField label="Token (shown once)" value={issued.token} testId="issued-token" />
            <Text size="sm" c="orange">Copy it now: only its hash is kept.</Text>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

function IssueToken({ appId, opened, onClose, onIssued }: {
  appId: number; opened: boolean; onClose: () => void; onIssued: (t: Schemas['TokenController.IssuedDto']) => void;
}) {
  const [name, setName] = useState('');
  const [ips, setIps] = useState('');
  const { busy, error, run } = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const allowedIps = ips.split(',').map((s) => s.trim()).filter(Boolean);
    const answer = await run(() => api.post('/api/v1/tokens', {
      body: { name, scope: 'app', appId, allowedIps: allowedIps.length ? allowedIps : undefined },
    }));
    if (answer?.data) onIssued(answer.data);
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Issue an API token for this app" centered>
      <form onSubmit={submit}>
        <Stack>
          <TextInput label="Name" name="tokenName" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <TextInput label="Allowed IPs or CIDRs" description="comma-separated; empty: any address" value={ips}
            onChange={(e) => setIps(e.currentTarget.value)} />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={busy}>Issue</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
