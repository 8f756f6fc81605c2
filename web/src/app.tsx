// The app: who is signed in decides between the sign-in page and the pages their role may open.
import { useCallback, useEffect, useState } from 'react';
import { ApiError, api, setCsrfToken } from './api.js';
import type { Session } from './api-types.js';
import { ErrorBanner, Loading } from './components/page-state.js';
import { Shell } from './shell.js';
import { SignInPage } from './pages/sign-in-page.js';

type State =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'failed'; error: unknown }
  | { status: 'signed-in'; session: Session };

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });

  const load = useCallback(() => {
    api.session().then(
      (session) => {
        setCsrfToken(session.csrfToken);
        setState({ status: 'signed-in', session });
      },
      (error: unknown) => {
        setCsrfToken(null);
        if (error instanceof ApiError && error.status === 401) setState({ status: 'signed-out' });
        else setState({ status: 'failed', error });
      },
    );
  }, []);
  useEffect(load, [load]);

  const signOut = useCallback(() => {
    api.signOut().then(
      () => {
        setCsrfToken(null);
        window.location.hash = '#/';
        setState({ status: 'signed-out' });
      },
      (error: unknown) => setState({ status: 'failed', error }),
    );
  }, []);

  switch (state.status) {
    case 'loading':
      return (
        <main id="main" className="sign-in">
          <Loading what="Orient" />
        </main>
      );
    case 'signed-out':
      return <SignInPage onSignedIn={load} />;
    case 'failed':
      return (
        <main id="main" className="sign-in">
          <h1>Orient</h1>
          <ErrorBanner error={state.error} title="Orient could not start." />
          <button type="button" onClick={load}>
            Try again
          </button>
        </main>
      );
    case 'signed-in':
      return <Shell session={state.session} signOut={signOut} />;
  }
}
