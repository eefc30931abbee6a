import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { IngressDetails } from './IngressTab';
import type { Schemas } from '../../api/client';

const base: Schemas['IngressController.IngressDto'] = {
  ingressId: 'IN_1', name: 'show-rtmp', inputType: 'rtmp', url: 'rtmp://media.example/live', streamKey: 'KEY123',
  roomName: 'show-stage', participantIdentity: 'ingress-show', status: 'endpoint_inactive', startedAt: '',
  rtmpUrl: 'rtmp://media.example/live/KEY123', whipUrl: '', password: '',
};

describe('IngressDetails', () => {
  it('shows the RTMP server URL, the key and the URL with the key, and no password when there is none', () => {
    render(<MantineProvider><IngressDetails ingress={base} /></MantineProvider>);
    expect((screen.getByLabelText('RTMP server URL') as HTMLInputElement).value).toBe('rtmp://media.example/live');
    expect((screen.getByLabelText('Stream key') as HTMLInputElement).value).toBe('KEY123');
    expect((screen.getByLabelText('RTMP URL with key (one field in OBS)') as HTMLInputElement).value).toBe('rtmp://media.example/live/KEY123');
    expect(screen.queryByLabelText(/password/i)).toBeNull();
    expect(screen.getAllByRole('button', { name: /^copy / }).length).toBe(3);
  });

  it('shows the WHIP URL and a one-time password with a warning', () => {
    render(<MantineProvider>
      <IngressDetails ingress={{ ...base, inputType: 'whip', url: '', rtmpUrl: '', whipUrl: 'https://media.example/w', password: 'p4ss' }} />
    </MantineProvider>);
    expect((screen.getByLabelText('WHIP URL (bearer: the stream key)') as HTMLInputElement).value).toBe('https://media.example/w');
    expect((screen.getByLabelText('RTMP password (shown once)') as HTMLInputElement).value).toBe('p4ss');
    expect(screen.getByText(/not shown again/)).toBeTruthy();
    expect(screen.queryByLabelText('RTMP server URL')).toBeNull();
  });
});
