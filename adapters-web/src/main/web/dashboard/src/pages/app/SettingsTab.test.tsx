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

describe('Fields (config sections the dashboard has no form for)', () => {
  it('renders every field by type and writes edits back under the same keys', () => {
    render(<Harness />);
    fireEvent.click(screen.getByLabelText('p2p.enabled'));
    fireEvent.change(screen.getByLabelText('p2p.trackers'), { target: { value: 'ws://t1, ws://t2' } });
    expect(JSON.parse(screen.getByTestId('json').textContent!)).toEqual({
      mode: 'edge', p2p: { enabled: true, trackers: ['ws://t1', 'ws://t2'] },
    });
  });
});
