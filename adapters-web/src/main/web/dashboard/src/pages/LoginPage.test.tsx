import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { LoginPage } from './LoginPage';
import { session } from '../api/client';

function renderAt(url: string) {
  return render(
    <MantineProvider>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/cluster" element={<p>cluster page</p>} />
          <Route path="/" element={<p>overview page</p>} />
        </Routes>
      </MemoryRouter>
    </MantineProvider>,
  );
}

function fill(user: string, password: string) {
  fireEvent.change(screen.getByLabelText(/User/), { target: { value: user } });
  fireEvent.change(screen.getByLabelText(/Password/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  const fetchMock = vi.fn();
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    localStorage.clear();
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('shows the refusal in words and stays on the login', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ data: null,
      error: { code: 'unauthenticated', message: 'wrong user or password' } }), { status: 401 }));
    renderAt('/login');
    fill('admin', 'nope');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('wrong user or password [unauthenticated, HTTP 401]');
    expect(session.token()).toBeNull();
  });

  it('keeps the session and returns to the page in ?next=', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ data: { token: 'jwt-x' }, error: null }), { status: 200 }));
    renderAt('/login?next=%2Fcluster');
    fill('admin', 'right');
    await waitFor(() => expect(screen.getByText('cluster page')).toBeTruthy());
    expect(session.token()).toBe('jwt-x');
    expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({ user: 'admin', password: 'right' });
  });

  it('never follows a ?next= that leaves the site', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ data: { token: 'jwt-y' }, error: null }), { status: 200 }));
    renderAt('/login?next=%2F%2Fevil.example%2F');
    fill('admin', 'right');
    await waitFor(() => expect(screen.getByText('overview page')).toBeTruthy());
  });
});
