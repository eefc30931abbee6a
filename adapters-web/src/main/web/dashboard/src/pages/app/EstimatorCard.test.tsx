import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { EstimatorCard, money } from './EstimatorCard';

const ESTIMATE = {
  audience: 100000, bitrateMbps: 2.5, hours: 1, segmentSeconds: 4, p2pRatio: 0.7,
  gb: 112500, tb: 112.5, cdnGb: 33750, p2pGb: 78750, cdnRequests: 117000000, currency: 'USD',
  providers: [
    { provider: 'bunny', cost: 168.75, bandwidthCost: 168.75, requestCost: 0, currency: 'USD', note: 'volume network', tiers: '', requestFee: '0' },
    { provider: 'cloudfront', cost: 2907, bandwidthCost: 2790, requestCost: 117, currency: 'USD', note: null, tiers: '', requestFee: '0.01/10k' },
  ],
};
const ADVICE = {
  mode: 'hybrid', reason: '100,000 viewers at relaxed latency: CDN plus P2P', useCase: 'mass-event', audience: 100000,
  latency: 'relaxed', expectedLatency: '10–20 s', delivery: { webrtc: false, hls: true, cdn: true, p2p: true },
};

function answer(status: number, body: unknown) {
  return Promise.resolve(new Response(JSON.stringify(body), { status }));
}

afterEach(() => vi.unstubAllGlobals());

describe('EstimatorCard (distribution tab)', () => {
  it('posts the event, shows the cost per provider and the recommended mode', async () => {
    const fetchMock = vi.fn((url: string, _init?: RequestInit) => url.startsWith('/api/v1/distribution/estimate')
      ? answer(200, { data: ESTIMATE, error: null })
      : answer(200, { data: ADVICE, error: null }));
    vi.stubGlobal('fetch', fetchMock);
    render(<MantineProvider><EstimatorCard provider="bunny" /></MantineProvider>);
    fireEvent.change(screen.getByLabelText('Concurrent viewers'), { target: { value: '100000' } });
    fireEvent.change(screen.getByLabelText('Served peer to peer (%)'), { target: { value: '70' } });
    fireEvent.click(screen.getByRole('button', { name: 'Estimate' }));

    const bunny = await screen.findByTestId('estimate-bunny');
    expect(within(bunny).getByTestId('cost').textContent).toBe('$168.75');
    expect(within(bunny).getByText('this app')).toBeTruthy();
    expect(within(screen.getByTestId('estimate-cloudfront')).getByTestId('cost').textContent).toBe('$2,907.00');
    expect(screen.getByTestId('estimate-volume').textContent).toContain('112.5 TB in all: 33.8 TB from the CDN, 78.8 TB peer to peer');
    expect(screen.getByTestId('recommended-mode').textContent).toBe('hybrid');
    expect(screen.getByTestId('recommendation').textContent).toContain('CDN plus P2P');

    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(post[0]).toBe('/api/v1/distribution/estimate');
    expect(JSON.parse(String(post[1]!.body))).toEqual({ audience: 100000, bitrateMbps: 2.5, hours: 1, p2pRatio: 0.7, segmentSeconds: 4 });
    const get = fetchMock.mock.calls.find(([url]) => url.startsWith('/api/v1/distribution/recommend'))!;
    expect(get[0]).toBe('/api/v1/distribution/recommend?useCase=mass-event&audience=100000');
  });

  it('shows a refusal in words, naming the field', async () => {
    vi.stubGlobal('fetch', vi.fn((url: string) => url.startsWith('/api/v1/distribution/estimate')
      ? answer(400, { data: null, error: { code: 'invalid_input', message: 'must be at most 100', field: 'bitrateMbps' } })
      : answer(200, { data: ADVICE, error: null })));
    render(<MantineProvider><EstimatorCard /></MantineProvider>);
    fireEvent.click(screen.getByRole('button', { name: 'Estimate' }));
    const alert = await screen.findByTestId('api-error');
    expect(alert.textContent).toContain('must be at most 100');
    expect(alert.textContent).toContain('bitrateMbps');
    expect(screen.queryByTestId('estimate')).toBeNull();
  });

  it('formats money in dollars and cents', () => {
    expect(money(7980)).toBe('$7,980.00');
    expect(money(0)).toBe('$0.00');
  });
});
