import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { Fields, writable } from './SettingsTab';

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
