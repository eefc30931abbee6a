import { NavLink as RouterLink, Route, Routes, useNavigate } from 'react-router-dom';
import {
  ActionIcon, AppShell, Burger, Group, NavLink, Text, Title, Tooltip, useComputedColorScheme, useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { api, session } from './api/client';
import { useApi } from './api/hooks';
import { OverviewPage } from './pages/OverviewPage';
import { AppsPage } from './pages/AppsPage';
import { AppDetailPage } from './pages/AppDetailPage';
import { ClusterPage } from './pages/ClusterPage';
import { LogsPage } from './pages/LogsPage';

function ThemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const next = scheme === 'dark' ? 'light' : 'dark';
  return (
    <Tooltip label={`Switch to ${next} theme`}>
      <ActionIcon variant="default" size="lg" aria-label={`switch to ${next} theme`} onClick={() => setColorScheme(next)}>
        {scheme === 'dark' ? '☀' : '☾'}
      </ActionIcon>
    </Tooltip>
  );
}

export default function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const navigate = useNavigate();
  const me = useApi(() => api.get('/api/v1/auth/me'), []);
  const links = [
    { to: '/', label: 'Overview', end: true },
    { to: '/apps', label: 'Apps' },
    { to: '/cluster', label: 'Cluster' },
    { to: '/logs', label: 'Logs' },
  ];
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="menu" />
            <Title order={4}>StreamHub</Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" c="dimmed" visibleFrom="xs" data-testid="whoami">
              {me.data?.data ? `${me.data.data.principal} · ${me.data.data.role}` : ''}
            </Text>
            <ThemeToggle />
            <ActionIcon variant="default" size="lg" aria-label="sign out" title="Sign out"
              onClick={() => { session.clear(); navigate('/login'); }}>
              <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2"
                strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
                <path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4" /><path d="M16 17l5-5-5-5" /><path d="M21 12H9" />
              </svg>
            </ActionIcon>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {links.map((l) => (
          <NavLink key={l.to} component={RouterLink} to={l.to} end={l.end} label={l.label} onClick={close} />
        ))}
        <NavLink href="/api/v1/docs" label="API docs ↗" target="_blank" />
      </AppShell.Navbar>
      <AppShell.Main>
        <Routes>
          <Route path="/" element={<OverviewPage />} />
          <Route path="/apps" element={<AppsPage />} />
          <Route path="/apps/:name" element={<AppDetailPage />} />
          <Route path="/apps/:name/:tab" element={<AppDetailPage />} />
          <Route path="/cluster" element={<ClusterPage />} />
          <Route path="/logs" element={<LogsPage />} />
          <Route path="*" element={<Text>Nothing at this address. <RouterLink to="/">Back to the overview</RouterLink></Text>} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
