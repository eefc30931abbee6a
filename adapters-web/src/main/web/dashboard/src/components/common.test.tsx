import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { ReactNode } from 'react';
import { Async, usePage } from './common';
import { ApiError } from '../api/client';
import type { Loaded } from '../api/hooks';

const wrap = (ui: ReactNode) => render(<MantineProvider>{ui}</MantineProvider>);
const state = <T,>(s: Partial<Loaded<T>>): Loaded<T> => ({ loading: false, reload: () => {}, ...s });

describe('Async', () => {
  it('shows a loader on the first load', () => {
    wrap(<Async state={state<string[]>({ loading: true })}>{() => <p>content</p>}</Async>);
    expect(screen.getByLabelText('loading')).toBeTruthy();
    expect(screen.queryByText('content')).toBeNull();
  });

  it('shows the API error in words with a retry that reloads', () => {
    const reload = vi.fn();
    wrap(<Async state={state<string[]>({ error: new ApiError(403, 'forbidden', 'you may not see this app'), reload })}>
      {() => <p>content</p>}
    </Async>);
    expect(screen.getByRole('alert').textContent).toContain('you may not see this app [forbidden, HTTP 403]');
    fireEvent.click(screen.getByText('Retry'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('shows the empty message for an empty list', () => {
    wrap(<Async state={state<string[]>({ data: [] })} isEmpty={(d) => d.length === 0} empty="No app yet">
      {() => <p>content</p>}
    </Async>);
    expect(screen.getByTestId('empty').textContent).toBe('No app yet');
    expect(screen.queryByText('content')).toBeNull();
  });

  it('keeps showing loaded data when a reload fails', () => {
    wrap(<Async state={state<string[]>({ data: ['a'], error: new Error('timeout') })}>{(d) => <p>{d.join()}</p>}</Async>);
    expect(screen.getByText('a')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('timeout');
  });
});

function Paged({ n }: { n: number }) {
  const page = usePage(Array.from({ length: n }, (_, i) => `item${i + 1}`), 10);
  return <div><p data-testid="items">{page.items.join(',')}</p>{page.pager}</div>;
}

describe('usePage', () => {
  it('shows one page and a pager only when there is more than one page', () => {
    const { unmount } = wrap(<Paged n={10} />);
    expect(screen.queryByRole('button', { name: '2' })).toBeNull();
    unmount();
    wrap(<Paged n={25} />);
    expect(screen.getByTestId('items').textContent).toBe(Array.from({ length: 10 }, (_, i) => `item${i + 1}`).join(','));
    fireEvent.click(screen.getByRole('button', { name: '3' }));
    expect(screen.getByTestId('items').textContent).toBe('item21,item22,item23,item24,item25');
  });
});
