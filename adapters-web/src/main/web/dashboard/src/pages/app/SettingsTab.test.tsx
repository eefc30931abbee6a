import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { Fields, SettingsTab, writable } from './SettingsTab';

describe('writable', () => {
  it('drops the read-only "...Set" markers of write-only credentials, nested too', () => {
    expect(writable({ mode: 'cdn', cdn: { provider: 'bunny', apiKeySet: true, base_url: 'https://x' }, token_set: false }))
      .toEqual({ mode: 'cdn', cdn: { provider: 'bunny', base_url: 'https://x' } });
  });
});

function Harness() {
  const [value, setValue] = useState<Record<string, unknown>>({ mode: 'edge', p2p: { enabled: false, trackers: ['ws://t1'] } });
  return <MantineProvider><Fields value={value} onChange={setValue} /><pre data-testid="json">{JSON.stringify(value)}</pre></MantineProvider>;
}

describe('writable with write-only maps', () => {
  it('sends only the credentials typed in, never the credentialsSet marker', () => {
    expect(writable({ cdn: { provider: 'bunny', credentialsSet: { apiKey: true, zoneId: false }, credentials: { apiKey: '', zoneId: 'z1' } } }))
      .toEqual({ cdn: { provider: 'bunny', credentials: { zoneId: 'z1' } } });
    expect(writable({ cdn: { provider: 'bunny', credentialsSet: { apiKey: true } } })).toEqual({ cdn: { provider: 'bunny' } });
  });
});

function DistributionHarness() {
  const [value, setValue] = useState<Record<string, unknown>>({
    mode: 'cdn', cdn: { provider: 'bunny', baseUrl: 'https://cdn.example', credentialsSet: { apiKey: true } },
  });
  return <MantineProvider><Fields value={value} onChange={setValue} /><pre data-testid="json">{JSON.stringify(writable(value))}</pre></MantineProvider>;
}

describe('Fields (config sections the dashboard has no form for)', () => {
  it('renders the distribution answer with a write-only credential field', () => {
    render(<DistributionHarness />);
    const key = screen.getByLabelText('cdn.credentials.apiKey') as HTMLInputElement;
    expect(key.placeholder).toBe('set — type to replace');
    expect(key.value).toBe('');
    expect(JSON.parse(screen.getByTestId('json').textContent!)).toEqual({ mode: 'cdn', cdn: { provider: 'bunny', baseUrl: 'https://cdn.example' } });
    fireEvent.change(key, { target: { value: 'secret-1' } });
    expect(JSON.parse(screen.getByTestId('json').textContent!)).toEqual({
      mode: 'cdn', cdn: { provider: 'bunny', baseUrl: 'https://cdn.example', credentials: { apiKey: 'secret-1' } },
    });
  });

  it('renders every field by type and writes edits back under the same keys', () => {
    render(<Harness />);
    fireEvent.click(screen.getByLabelText('p2p.enabled'));
    fireEvent.change(screen.getByLabelText('p2p.trackers'), { target: { value: 'ws://t1, ws://t2' } });
    expect(JSON.parse(screen.getByTestId('json').textContent!)).toEqual({
      mode: 'edge', p2p: { enabled: true, trackers: ['ws://t1', 'ws://t2'] },
    });
  });
});

describe('SettingsTab with the distribution keys of the config answer (contracts §6)', () => {
  it('renders distribution, HLS and playback and PATCHes a section back under its own key', async () => {
    const config = {
      app: 'demo',
      recording: { enabled: false, mode: 'room-composite', layout: 'grid', splitMinutes: 0, snapshotSeconds: 0 },
      callbacks: { url: '', secretSet: false },
      features: { rtmpPassword: false, viewerCounter: true, chat: false, reactions: false, hiddenQc: false, adaptivePlayer: true, publicPlayback: false },
      webrtc: { adaptive: true, layers: [] },
      storage: { endpoint: '', region: '', bucket: '', prefix: '', pathStyle: false, accessKeySet: false, secretKeySet: false, configured: false },
      distribution: {
        mode: 'hybrid',
        cdn: { provider: 'bunny', baseUrl: 'https://cdn.example', vodBaseUrl: null, signedUrls: false, credentialsSet: { apiKey: false } },
        p2p: { enabled: true, trackers: ['wss://t.example'], stun: [], swarmPrefix: 'streamhub', maxPeers: 8 },
        edge: { maxWebrtcViewers: 200 },
      },
      hls: { segmentSeconds: 4, listSize: 10 },
      playback: { private: false },
    };
    const fetchMock = vi.fn((_url: string, _init: RequestInit) => Promise.resolve(new Response(
      JSON.stringify({ data: config, error: null }), { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    try {
      const app = { id: 1, name: 'demo', displayName: 'Demo', roomPrefix: 'demo', tenantId: 't', createdAt: '', updatedAt: '' };
      render(<MantineProvider><SettingsTab app={app} onSaved={() => {}} /></MantineProvider>);
      const card = await screen.findByTestId('section-distribution');
      expect(within(card).getByText('Distribution (edge, CDN, P2P)')).toBeTruthy();
      expect(screen.getByTestId('section-hls')).toBeTruthy();
      expect(screen.getByTestId('section-playback')).toBeTruthy();
      fireEvent.change(within(card).getByLabelText('p2p.maxPeers'), { target: { value: '12' } });
      fireEvent.click(within(card).getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(fetchMock.mock.calls.some(([, i]) => i?.method === 'PATCH')).toBe(true));
      const [url, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'PATCH')!;
      expect(url).toBe('/api/v1/apps/demo/config');
      expect(JSON.parse(String(init.body))).toEqual({ distribution: {
        mode: 'hybrid',
        cdn: { provider: 'bunny', baseUrl: 'https://cdn.example', vodBaseUrl: null, signedUrls: false },
        p2p: { enabled: true, trackers: ['wss://t.example'], stun: [], swarmPrefix: 'streamhub', maxPeers: 12 },
        edge: { maxWebrtcViewers: 200 },
      } });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
