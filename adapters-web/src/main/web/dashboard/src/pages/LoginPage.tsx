import { FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Center, Paper, PasswordInput, Stack, TextInput, Title, Text } from '@mantine/core';
import { login } from '../api/client';
import { useAction } from '../api/hooks';
import { ErrorAlert } from '../components/common';

export function LoginPage() {
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();
  const navigate = useNavigate();
  const [params] = useSearchParams();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await run(async () => {
      await login(user, password);
      return true;
    });
    if (ok) {
      const next = params.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
    }
  };

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={380} maw="100%">
        <form onSubmit={submit}>
          <Stack>
            <Title order={3}>Sign in to StreamHub</Title>
            <Text size="sm" c="dimmed">The break-glass admin or your e-mail.</Text>
            <TextInput label="User" name="user" autoComplete="username" value={user} required
              onChange={(e) => setUser(e.currentTarget.value)} />
            <PasswordInput label="Password" name="password" autoComplete="current-password" value={password} required
              onChange={(e) => setPassword(e.currentTarget.value)} />
            <ErrorAlert error={error} title="Sign-in failed" />
            <Button type="submit" loading={busy}>Sign in</Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
