import { ReactNode, useState } from 'react';
import {
  ActionIcon, Alert, Button, Center, CopyButton, Group, Loader, Modal, Pagination, Stack, Text, TextInput, Tooltip,
} from '@mantine/core';
import { describeError } from '../api/client';
import type { Loaded } from '../api/hooks';

/** An API error in words, or nothing. */
export function ErrorAlert({ error, title = 'The server refused' }: { error: unknown; title?: string }) {
  if (!error) return null;
  return (
    <Alert color="red" title={title} role="alert" data-testid="api-error">
      {describeError(error)}
    </Alert>
  );
}

/**
 * The three states every list shows visibly: loading (first load), an API error (with retry), empty; then
 * the content. Data already loaded stays visible while a reload fails, with the error above it.
 */
export function Async<T>({ state, isEmpty, empty, children }: {
  state: Loaded<T>;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (state.data === undefined && state.loading) {
    return <Center p="lg"><Loader size="sm" aria-label="loading" /></Center>;
  }
  const error = state.error ? (
    <Alert color="red" title="Could not load" role="alert" data-testid="api-error">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{describeError(state.error)}</Text>
        <Button size="xs" variant="light" color="red" onClick={state.reload}>Retry</Button>
      </Stack>
    </Alert>
  ) : null;
  if (state.data === undefined) return error;
  if (isEmpty?.(state.data)) {
    return <>{error}<Text c="dimmed" p="md" ta="center" data-testid="empty">{empty ?? 'Nothing here yet.'}</Text></>;
  }
  return <>{error}{children(state.data)}</>;
}

export const PAGE_SIZE = 20;

/** Client-side paging of a whole list the API returns at once. */
export function usePage<T>(items: T[] | undefined, size = PAGE_SIZE) {
  const [page, setPage] = useState(1);
  const list = items ?? [];
  const pages = Math.max(1, Math.ceil(list.length / size));
  const current = Math.min(page, pages);
  return {
    items: list.slice((current - 1) * size, current * size),
    pager: pages > 1 ? <Pager page={current} pages={pages} onChange={setPage} /> : null,
  };
}

export function Pager({ page, pages, onChange }: { page: number; pages: number; onChange: (page: number) => void }) {
  return <Group justify="center" mt="sm"><Pagination size="sm" value={page} total={pages} onChange={onChange} /></Group>;
}

function CopyIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <rect x="9" y="9" width="12" height="12" rx="2" /><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1" />
    </svg>
  );
}

function CheckIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M5 12l5 5L20 7" />
    </svg>
  );
}

/** A read-only value with a copy button (stream keys, URLs, one-time secrets). */
export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <TextInput
      label={label}
      value={value}
      readOnly
      data-testid={testId}
      styles={{ input: { fontFamily: 'monospace' } }}
      rightSection={
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : 'Copy'}>
              <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={`copy ${label}`}>
                {copied ? <CheckIcon /> : <CopyIcon />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      }
    />
  );
}

/** A red button that asks before it acts, and shows the API's refusal inside the dialog. */
export function ConfirmButton({ label, title, message, onConfirm, size = 'xs', color = 'red' }: {
  label: string; title: string; message: ReactNode; onConfirm: () => Promise<unknown>; size?: string; color?: string;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
      setOpen(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size={size} color={color} variant="light" onClick={() => setOpen(true)}>{label}</Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={title} centered>
        <Stack>
          <Text size="sm">{message}</Text>
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>Cancel</Button>
            <Button color={color} loading={busy} onClick={confirm}>{label}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

export function bytes(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

export function when(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}h ${m}m` : m > 0 ? `${m}m ${s % 60}s` : `${s}s`;
}
