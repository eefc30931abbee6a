import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { MemoryRouter } from 'react-router-dom';
import { ClusterPage } from './ClusterPage';

const node = (id: string, name: string, status: string, stale: boolean) => ({
  id, name, url: 'ws://127.0.0.1:7880', region: 'eu', status, createdAt: '2026-11-21T10:00:00Z',
  lastSeenAt: '2026-11-21T10:00:00Z', stale, load: { cpu: 0.25, txBitsPerSecond: 2e6, participants: 3, rooms: 1 }, stats: {},
});

function json(data: unknown, status = 200) {
  return Promise.resolve(new Response(JSON.stringify(data), { status, headers: { 'Content-Type': 'application/json' } }));
}

describe('ClusterPage', () => {
  const fetchMock = vi.fn();
  let nodes = [node('n-1', 'edge-a', 'active', false), node('n-2', 'edge-b', 'draining', true)];
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockImplementation((url: string, init: RequestInit) => {
      if (url === '/api/v1/cluster/info') return json({ data: { enabled: true, nodes: 2, staleAfterSeconds: 90, joinCommand: '' }, error: null });
      if (url === '/api/v1/cluster/nodes') return json({ data: nodes, error: null });
      if (url === '/api/v1/apps') return json({ data: [], error: null });
      if (url === '/api/v1/cluster/nodes/n-1' && init.method === 'PATCH') {
        nodes = [{ ...nodes[0], status: JSON.parse(String(init.body)).status }, nodes[1]];
        return json({ data: nodes[0], error: null });
      }
      if (url === '/api/v1/cluster/nodes/n-2' && init.method === 'PATCH') {
        return json({ data: null, error: { code: 'conflict', message: 'node edge-b is being removed' } }, 409);
      }
      return json({ data: null, error: { code: 'not_found', message: `unexpected ${url}` } }, 404);
    });
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  const renderPage = () => render(<MantineProvider><MemoryRouter><ClusterPage /></MemoryRouter></MantineProvider>);

  it('shows live load and flags a stale node', async () => {
    renderPage();
    const stale = await screen.findByTestId('node-edge-b');
    expect(within(stale).getByText('stale')).toBeTruthy();
    const fresh = screen.getByTestId('node-edge-a');
    expect(within(fresh).queryByText('stale')).toBeNull();
    expect(within(fresh).getByText('25%')).toBeTruthy();
    expect(within(fresh).getByText('2.0 Mb/s')).toBeTruthy();
    expect(screen.getByText('No app yet.')).toBeTruthy();
  });

  it('drains a node with a PATCH and shows the new status', async () => {
    renderPage();
    const row = await screen.findByTestId('node-edge-a');
    fireEvent.click(within(row).getByRole('button', { name: 'Drain' }));
    await waitFor(() => expect(within(screen.getByTestId('node-edge-a')).getByTestId('node-status').textContent).toBe('draining'));
    const patch = fetchMock.mock.calls.find(([u, i]) => u === '/api/v1/cluster/nodes/n-1' && i.method === 'PATCH');
    expect(JSON.parse(String(patch![1].body))).toEqual({ status: 'draining' });
  });

  it('shows a refused change in words', async () => {
    renderPage();
    const row = await screen.findByTestId('node-edge-b');
    fireEvent.click(within(row).getByRole('button', { name: 'Activate' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('node edge-b is being removed [conflict, HTTP 409]');
  });
});
