import { useEffect, useState } from 'react';
import {
  Badge, Button, Card, Group, NumberInput, PasswordInput, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title,
} from '@mantine/core';
import { api, Schemas } from '../../api/client';
import { useAction, useApi } from '../../api/hooks';
import { Async, ErrorAlert } from '../../components/common';
import { EstimatorCard } from './EstimatorCard';

type Config = Schemas['AppConfigDto'];
type Json = Record<string, unknown>;
const SECTION_TITLES: Record<string, string> = {
  distribution: 'Distribution (edge, CDN, P2P)', hls: 'HLS', playback: 'Playback access',
};
const KNOWN = new Set(['recording', 'callbacks', 'features', 'webrtc', 'storage']);
/** Values offered for well-known keys of the distribution section (docs/distribution.md). */
const CHOICES: Record<string, string[]> = {
  mode: ['edge', 'cdn', 'p2p', 'hybrid'],
  provider: ['none', 'bunny', 'cloudflare', 'cloudfront', 'fastly'],
};

export function SettingsTab({ app, onSaved }: { app: Schemas['AppDto']; onSaved: () => void }) {
  const config = useApi(() => api.get('/api/v1/apps/{name}/config', { path: { name: app.name } }), [app.name]);
  return (
    <Stack>
      <General app={app} onSaved={onSaved} />
      <Async state={config}>
        {(c) => (
          <>
            <ConfigForm app={app.name} config={c.data} onSaved={config.reload} />
            <StorageForm app={app.name} storage={c.data.storage} onSaved={config.reload} />
            {Object.entries(c.data as unknown as Json).filter(([k, v]) => !KNOWN.has(k) && v && typeof v === 'object')
              .map(([section, value]) => (
                <SectionForm key={section} app={app.name} section={section} value={value as Json} onSaved={config.reload} />
              ))}
            <EstimatorCard provider={cdnProvider(c.data as unknown as Json)} />
          </>
        )}
      </Async>
    </Stack>
  );
}

function cdnProvider(config: Json): string | undefined {
  const cdn = (config.distribution as Json | undefined)?.cdn as Json | undefined;
  return typeof cdn?.provider === 'string' ? cdn.provider : undefined;
}

function SaveBar({ busy, error, saved, onSave }: { busy: boolean; error: unknown; saved: boolean; onSave: () => void }) {
  return (
    <Stack gap="xs" mt="sm">
      <ErrorAlert error={error} title="Not saved" />
      <Group justify="flex-end">
        {saved && <Text size="sm" c="green">Saved.</Text>}
        <Button onClick={onSave} loading={busy}>Save</Button>
      </Group>
    </Stack>
  );
}

function useSave() {
  const action = useAction();
  const [saved, setSaved] = useState(false);
  const save = async (fn: () => Promise<unknown>, after: () => void) => {
    setSaved(false);
    const done = await action.run(async () => { await fn(); return true; });
    if (done) { setSaved(true); after(); }
  };
  return { ...action, saved, save };
}

function General({ app, onSaved }: { app: Schemas['AppDto']; onSaved: () => void }) {
  const [displayName, setDisplayName] = useState(app.displayName ?? '');
  const [roomPrefix, setRoomPrefix] = useState(app.roomPrefix ?? '');
  const s = useSave();
  return (
    <Card withBorder>
      <Title order={4} mb="sm">General</Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Display name" value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} />
        <TextInput label="Room prefix" value={roomPrefix} onChange={(e) => setRoomPrefix(e.currentTarget.value)} />
      </SimpleGrid>
      <SaveBar {...s} onSave={() => s.save(() => api.patch('/api/v1/apps/{name}', {
        path: { name: app.name }, body: { displayName, roomPrefix },
      }), onSaved)} />
    </Card>
  );
}

function ConfigForm({ app, config, onSaved }: { app: string; config: Config; onSaved: () => void }) {
  const [recording, setRecording] = useState(config.recording);
  const [features, setFeatures] = useState(config.features);
  const [callbackUrl, setCallbackUrl] = useState(config.callbacks?.url ?? '');
  const [callbackSecret, setCallbackSecret] = useState('');
  const [adaptive, setAdaptive] = useState(config.webrtc?.adaptive ?? false);
  useEffect(() => { setRecording(config.recording); setFeatures(config.features); }, [config]);
  const s = useSave();
  const featureLabels: [keyof Config['features'], string][] = [
    ['publicPlayback', 'Public playback (no token to watch)'], ['viewerCounter', 'Viewer counter'], ['chat', 'Chat'],
    ['reactions', 'Reactions'], ['rtmpPassword', 'RTMP password on ingress'], ['adaptivePlayer', 'Adaptive player'],
    ['hiddenQc', 'Hidden QC participant'],
  ];
  return (
    <Card withBorder>
      <Title order={4} mb="sm">Recording, callbacks and features</Title>
      <Stack>
        <Switch label="Record every live stream" checked={recording.enabled}
          onChange={(e) => setRecording({ ...recording, enabled: e.currentTarget.checked })} />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <TextInput label="Mode" value={recording.mode ?? ''} onChange={(e) => setRecording({ ...recording, mode: e.currentTarget.value })} />
          <TextInput label="Layout" value={recording.layout ?? ''} onChange={(e) => setRecording({ ...recording, layout: e.currentTarget.value })} />
          <NumberInput label="Split every (minutes)" min={0} value={recording.splitMinutes}
            onChange={(v) => setRecording({ ...recording, splitMinutes: Number(v) || 0 })} />
          <NumberInput label="Snapshot every (s)" min={0} value={recording.snapshotSeconds}
            onChange={(v) => setRecording({ ...recording, snapshotSeconds: Number(v) || 0 })} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Callback URL (from settings)" value={callbackUrl} onChange={(e) => setCallbackUrl(e.currentTarget.value)} />
          <PasswordInput label="Callback secret" placeholder={config.callbacks?.secretSet ? 'set — type to replace' : 'not set'}
            value={callbackSecret} onChange={(e) => setCallbackSecret(e.currentTarget.value)} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {featureLabels.map(([key, label]) => (
            <Switch key={key} label={label} checked={Boolean(features[key])}
              onChange={(e) => setFeatures({ ...features, [key]: e.currentTarget.checked })} />
          ))}
          <Switch label="Adaptive WebRTC (simulcast layers)" checked={adaptive} onChange={(e) => setAdaptive(e.currentTarget.checked)} />
        </SimpleGrid>
      </Stack>
      <SaveBar {...s} onSave={() => s.save(() => api.patch('/api/v1/apps/{name}/config', {
        path: { name: app },
        body: {
          recording, features, webrtc: { adaptive },
          callbacks: { url: callbackUrl, ...(callbackSecret ? { secret: callbackSecret } : {}) },
        },
      }), onSaved)} />
    </Card>
  );
}

function StorageForm({ app, storage, onSaved }: { app: string; storage: Config['storage']; onSaved: () => void }) {
  const [form, setForm] = useState({ endpoint: storage?.endpoint ?? '', region: storage?.region ?? '',
    bucket: storage?.bucket ?? '', prefix: storage?.prefix ?? '', pathStyle: storage?.pathStyle ?? false });
  const [accessKey, setAccessKey] = useState('');
  const [secretKey, setSecretKey] = useState('');
  const s = useSave();
  const test = useAction();
  const [check, setCheck] = useState<Schemas['StorageController.CheckDto'] | null>(null);
  const text = (key: 'endpoint' | 'region' | 'bucket' | 'prefix', label: string) => (
    <TextInput label={label} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.currentTarget.value })} />
  );
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={4}>Recording storage (S3)</Title>
        <Badge color={storage?.configured ? 'green' : 'gray'}>{storage?.configured ? 'configured' : 'local disk only'}</Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('endpoint', 'Endpoint')}{text('region', 'Region')}{text('bucket', 'Bucket')}{text('prefix', 'Key prefix')}
        <PasswordInput label="Access key" placeholder={storage?.accessKeySet ? 'set — type to replace' : 'not set'}
          value={accessKey} onChange={(e) => setAccessKey(e.currentTarget.value)} />
        <PasswordInput label="Secret key" placeholder={storage?.secretKeySet ? 'set — type to replace' : 'not set'}
          value={secretKey} onChange={(e) => setSecretKey(e.currentTarget.value)} />
      </SimpleGrid>
      <Switch mt="sm" label="Path-style URLs (MinIO)" checked={form.pathStyle}
        onChange={(e) => setForm({ ...form, pathStyle: e.currentTarget.checked })} />
      {check && (
        <Stack gap={2} mt="sm">
          <Text size="sm" c={check.ok ? 'green' : 'red'}>{check.ok ? 'The bucket works.' : `Failed at ${check.failedStep}.`}</Text>
          {check.steps.map((st) => <Text size="xs" key={st.step}>{st.ok ? '✓' : '✗'} {st.step} {st.error ?? ''}</Text>)}
        </Stack>
      )}
      <ErrorAlert error={test.error} title="Storage test failed" />
      <Group justify="flex-start" mt="sm">
        <Button variant="light" loading={test.busy} onClick={() => test.run(async () => {
          const answer = await api.post('/api/v1/apps/{app}/storage/test', { path: { app } });
          setCheck(answer.data);
        })}>Test the saved storage</Button>
      </Group>
      <SaveBar {...s} onSave={() => s.save(() => api.patch('/api/v1/apps/{name}/config', {
        path: { name: app },
        body: { storage: { ...form, ...(accessKey ? { accessKey } : {}), ...(secretKey ? { secretKey } : {}) } },
      }), onSaved)} />
    </Card>
  );
}

/**
 * A config section this dashboard has no dedicated form for (distribution, hls, playback, ...): every field
 * rendered by its type and PATCHed back under the same keys, so new server settings show up without a release.
 */
export function SectionForm({ app, section, value, onSaved }: { app: string; section: string; value: Json; onSaved: () => void }) {
  const [draft, setDraft] = useState<Json>(value);
  useEffect(() => setDraft(value), [value]); // a reload after saving shows the server's answer, typed secrets gone
  const s = useSave();
  return (
    <Card withBorder data-testid={`section-${section}`}>
      <Title order={4} mb="sm">{SECTION_TITLES[section] ?? section}</Title>
      <Fields value={draft} onChange={setDraft} />
      <SaveBar {...s} onSave={() => s.save(() => api.patch('/api/v1/apps/{name}/config', {
        path: { name: app }, body: { [section]: writable(draft) } as never,
      }), onSaved)} />
    </Card>
  );
}

/** `…Set` (or `…_set`) keys are read-only markers: a boolean for one write-only secret, or a map for several. */
const SET_MARKER = /(Set|_set)$/;
function isBoolMap(v: unknown): v is Record<string, boolean> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v as Json).every((x) => typeof x === 'boolean');
}

/**
 * What to PATCH back: drops the read-only markers, and keeps a write-only map (e.g. `credentials`, shown as
 * `credentialsSet`) only with the values typed in, so untouched secrets are never sent.
 */
export function writable(value: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) {
    if (SET_MARKER.test(k) && (typeof v === 'boolean' || isBoolMap(v))) continue;
    if (isBoolMap(value[`${k}Set`]) && v && typeof v === 'object') {
      const typed = Object.fromEntries(Object.entries(v as Json).filter(([, x]) => typeof x === 'string' && x !== ''));
      if (Object.keys(typed).length) out[k] = typed;
      continue;
    }
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? writable(v as Json) : v;
  }
  return out;
}

export function Fields({ value, onChange, path = '' }: { value: Json; onChange: (v: Json) => void; path?: string }) {
  const set = (k: string, v: unknown) => onChange({ ...value, [k]: v });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {Object.entries(value).map(([k, v]) => {
        const label = `${path}${k}`;
        if (SET_MARKER.test(k) && typeof v === 'boolean') {
          return <Text key={k} size="sm">{label.replace(SET_MARKER, '')}: {v ? 'set' : 'not set'}</Text>;
        }
        if (SET_MARKER.test(k) && isBoolMap(v)) {
          // write-only secrets by name: typed values go under the base key (credentialsSet → credentials)
          const base = k.replace(SET_MARKER, '');
          const typed = (value[base] as Record<string, string> | undefined) ?? {};
          return Object.entries(v).map(([name, isSet]) => (
            <PasswordInput key={`${k}.${name}`} label={`${path}${base}.${name}`} autoComplete="off"
              placeholder={isSet ? 'set — type to replace' : 'not set'} value={typed[name] ?? ''}
              onChange={(e) => set(base, { ...typed, [name]: e.currentTarget.value })} />
          ));
        }
        if (isBoolMap(value[`${k}Set`])) {
          return null; // typed values of a write-only map, edited through its …Set marker above
        }
        if (typeof v === 'boolean') {
          return <Switch key={k} label={label} checked={v} onChange={(e) => set(k, e.currentTarget.checked)} />;
        }
        if (typeof v === 'number') {
          return <NumberInput key={k} label={label} value={v} onChange={(n) => set(k, Number(n) || 0)} />;
        }
        if (Array.isArray(v)) {
          return <TextInput key={k} label={label} description="comma-separated" value={v.join(', ')}
            onChange={(e) => set(k, e.currentTarget.value.split(',').map((x) => x.trim()).filter(Boolean))} />;
        }
        if (v && typeof v === 'object') {
          return (
            <Card key={k} withBorder padding="sm" style={{ gridColumn: '1 / -1' }}>
              <Text fw={600} size="sm" mb="xs">{label}</Text>
              <Fields value={v as Json} path={`${label}.`} onChange={(nv) => set(k, nv)} />
            </Card>
          );
        }
        if (CHOICES[k]) {
          return <Select key={k} label={label} data={CHOICES[k]} value={(v as string) ?? null} onChange={(x) => set(k, x)} />;
        }
        return <TextInput key={k} label={label} value={(v as string) ?? ''} onChange={(e) => set(k, e.currentTarget.value)} />;
      })}
    </SimpleGrid>
  );
}
