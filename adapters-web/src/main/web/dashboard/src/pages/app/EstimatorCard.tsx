import { useState } from 'react';
import { Badge, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { api, Schemas } from '../../api/client';
import { useAction } from '../../api/hooks';
import { ErrorAlert } from '../../components/common';

type Estimate = Schemas['DistributionAdviceController.EstimateDto'];
type Advice = Schemas['DistributionAdviceController.AdviceDto'];

/** Use cases of GET /api/v1/distribution/recommend (docs/pricing.md), with words for the menu. */
export const USE_CASES: { value: string; label: string }[] = [
  { value: 'mass-event', label: 'Mass event' },
  { value: 'regional-event', label: 'Regional event' },
  { value: 'classroom', label: 'Classroom, webinar' },
  { value: 'live-shopping', label: 'Live shopping' },
  { value: 'monitoring', label: 'Monitoring, CCTV' },
  { value: 'radio', label: 'Radio (audio)' },
  { value: 'closed-network', label: 'Closed network' },
  { value: 'vod', label: 'VOD' },
  { value: 'other', label: 'Other' },
];
const LATENCIES = [
  { value: '', label: "the use case's own" },
  { value: 'realtime', label: 'realtime (~0.2 s, WebRTC)' },
  { value: 'standard', label: 'standard (6–15 s, HLS)' },
  { value: 'relaxed', label: 'relaxed (10–20 s, HLS + P2P)' },
];

export function money(n: number, currency = 'USD'): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 2 }).format(n);
}

function volume(gb: number): string {
  return gb >= 1000 ? `${(gb / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} TB`
    : `${gb.toLocaleString('en-US', { maximumFractionDigits: 1 })} GB`;
}

/**
 * Event cost estimator of the distribution tab: prices an event at every configured CDN
 * (POST /api/v1/distribution/estimate) and asks which distribution mode fits it
 * (GET /api/v1/distribution/recommend). Read-only: nothing is saved.
 */
export function EstimatorCard({ provider }: { provider?: string }) {
  const [audience, setAudience] = useState<number | string>(10000);
  const [bitrate, setBitrate] = useState<number | string>(2.5);
  const [hours, setHours] = useState<number | string>(1);
  const [p2pPercent, setP2pPercent] = useState<number | string>(0);
  const [segment, setSegment] = useState<number | string>(4);
  const [useCase, setUseCase] = useState<string>('mass-event');
  const [latency, setLatency] = useState<string>('');
  const [result, setResult] = useState<{ estimate: Estimate; advice: Advice }>();
  const action = useAction();

  const estimate = () => action.run(async () => {
    const [e, a] = await Promise.all([
      api.post('/api/v1/distribution/estimate', { body: {
        audience: Number(audience), bitrateMbps: Number(bitrate), hours: Number(hours),
        p2pRatio: Number(p2pPercent) / 100, segmentSeconds: Number(segment),
      } }),
      api.get('/api/v1/distribution/recommend', { query: {
        useCase, audience: Number(audience), latency: latency || undefined,
      } }),
    ]);
    setResult({ estimate: e!.data as Estimate, advice: a!.data as Advice });
  });

  const rows = result?.estimate.providers ?? [];
  return (
    <Card withBorder data-testid="estimator">
      <Title order={4}>Event cost estimator</Title>
      <Text size="sm" c="dimmed" mb="sm">
        What an event transfers and costs at each CDN's list prices, and which distribution mode fits it. Nothing is saved.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <NumberInput label="Concurrent viewers" name="audience" min={1} max={100_000_000} thousandSeparator=","
          value={audience} onChange={setAudience} />
        <NumberInput label="Bitrate (Mbps)" name="bitrateMbps" min={0.01} max={100} decimalScale={2} step={0.5}
          value={bitrate} onChange={setBitrate} />
        <NumberInput label="Hours" name="hours" min={0.01} max={744} decimalScale={2} value={hours} onChange={setHours} />
        <NumberInput label="Served peer to peer (%)" name="p2pPercent" min={0} max={95} value={p2pPercent} onChange={setP2pPercent} />
        <NumberInput label="HLS segment (s)" name="segmentSeconds" min={1} max={60} value={segment} onChange={setSegment} />
        <Select label="Use case" name="useCase" data={USE_CASES} value={useCase} allowDeselect={false}
          onChange={(v) => setUseCase(v ?? 'mass-event')} />
        <Select label="Latency" name="latency" data={LATENCIES} value={latency} allowDeselect={false}
          onChange={(v) => setLatency(v ?? '')} />
      </SimpleGrid>
      <Group justify="flex-end" mt="sm">
        <Button onClick={estimate} loading={action.busy}>Estimate</Button>
      </Group>
      <ErrorAlert error={action.error} title="No estimate" />
      {result && !action.error && (
        <Stack gap="xs" mt="sm" data-testid="estimate">
          <Text size="sm" data-testid="estimate-volume">
            {volume(result.estimate.gb)} in all: {volume(result.estimate.cdnGb)} from the CDN
            {result.estimate.p2pGb > 0 && <>, {volume(result.estimate.p2pGb)} peer to peer</>};{' '}
            {result.estimate.cdnRequests.toLocaleString('en-US')} CDN requests.
          </Text>
          <Table striped withTableBorder data-testid="estimate-providers">
            <Table.Thead>
              <Table.Tr><Table.Th>Provider</Table.Th><Table.Th>Total</Table.Th><Table.Th>Bandwidth</Table.Th>
                <Table.Th>Requests</Table.Th><Table.Th>Note</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => (
                <Table.Tr key={p.provider} data-testid={`estimate-${p.provider}`}>
                  <Table.Td>
                    {p.provider}{' '}
                    {p.provider === provider && <Badge size="xs" variant="light">this app</Badge>}
                  </Table.Td>
                  <Table.Td fw={600} data-testid="cost">{money(p.cost, p.currency)}</Table.Td>
                  <Table.Td>{money(p.bandwidthCost, p.currency)}</Table.Td>
                  <Table.Td>{money(p.requestCost, p.currency)}</Table.Td>
                  <Table.Td><Text size="xs" c="dimmed">{p.note ?? ''}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Card withBorder padding="sm" data-testid="recommendation">
            <Group gap="xs">
              <Text size="sm" fw={600}>Recommended mode:</Text>
              <Badge data-testid="recommended-mode">{result.advice.mode}</Badge>
              <Text size="sm" c="dimmed">expected latency {result.advice.expectedLatency}</Text>
            </Group>
            <Text size="sm" mt={4}>{result.advice.reason}</Text>
          </Card>
        </Stack>
      )}
    </Card>
  );
}
