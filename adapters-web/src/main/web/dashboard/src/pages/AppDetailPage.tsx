import { useNavigate, useParams } from 'react-router-dom';
import { Anchor, Breadcrumbs, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { useApi } from '../api/hooks';
import { Async } from '../components/common';
import { LiveTab } from './app/LiveTab';
import { IngressTab } from './app/IngressTab';
import { RecordingsTab } from './app/RecordingsTab';
import { TokensTab } from './app/TokensTab';
import { CallbacksTab } from './app/CallbacksTab';
import { SettingsTab } from './app/SettingsTab';
import { SamplesTab } from './app/SamplesTab';

const TABS = [
  ['live', 'Live & rooms'], ['ingress', 'Ingress'], ['recordings', 'Recordings'], ['tokens', 'API tokens'],
  ['callbacks', 'Callbacks'], ['settings', 'Settings & distribution'], ['samples', 'Samples'],
] as const;

export function AppDetailPage() {
  const { name = '', tab = 'live' } = useParams();
  const navigate = useNavigate();
  const app = useApi(() => api.get('/api/v1/apps/{name}', { path: { name } }), [name]);
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to="/apps">Apps</Anchor>
        <Text>{name}</Text>
      </Breadcrumbs>
      <Async state={app}>
        {(a) => (
          <>
            <Title order={2}>{a.data.displayName || a.data.name}</Title>
            <Tabs value={tab} onChange={(t) => navigate(`/apps/${name}/${t}`)} keepMounted={false}>
              <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
                {TABS.map(([key, label]) => <Tabs.Tab key={key} value={key}>{label}</Tabs.Tab>)}
              </Tabs.List>
              <Tabs.Panel value="live" pt="md"><LiveTab app={name} /></Tabs.Panel>
              <Tabs.Panel value="ingress" pt="md"><IngressTab app={name} /></Tabs.Panel>
              <Tabs.Panel value="recordings" pt="md"><RecordingsTab app={name} /></Tabs.Panel>
              <Tabs.Panel value="tokens" pt="md"><TokensTab app={name} appId={a.data.id} /></Tabs.Panel>
              <Tabs.Panel value="callbacks" pt="md"><CallbacksTab app={name} /></Tabs.Panel>
              <Tabs.Panel value="settings" pt="md"><SettingsTab app={a.data} onSaved={app.reload} /></Tabs.Panel>
              <Tabs.Panel value="samples" pt="md"><SamplesTab app={name} /></Tabs.Panel>
            </Tabs>
          </>
        )}
      </Async>
    </Stack>
  );
}
