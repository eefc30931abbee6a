import { Suspense, lazy, useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Center, Loader } from '@mantine/core';
import { session } from './api/client';
import { LoginPage } from './pages/LoginPage';

// The signed-in part is a separate chunk: the login (the first page of a first visit) loads only what it needs.
const Shell = lazy(() => import('./Shell'));

export function App() {
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => {
    session.onUnauthorized(() => {
      // several requests may fail at once: the first one decides where to come back to
      if (window.location.pathname === '/login') return;
      const next = window.location.pathname + window.location.search;
      navigate(`/login?next=${encodeURIComponent(next)}`, { replace: true });
    });
    return () => session.onUnauthorized(null);
  }, [navigate]);

  if (location.pathname === '/login') {
    return <LoginPage />;
  }
  if (!session.token()) {
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  return (
    <Suspense fallback={<Center mih="100vh"><Loader aria-label="loading" /></Center>}>
      <Shell />
    </Suspense>
  );
}
