// Sign-in: email and password. The server throttles failed attempts and says when to try again.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, api, messageOf } from '../api.js';

export function SignInPage(props: { onSignedIn(): void }) {
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = 'Sign in · Orient';
    heading.current?.focus({ preventScroll: true });
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await api.signIn(email.trim(), password);
      props.onSignedIn();
    } catch (error) {
      setProblem(problemOf(error));
      setBusy(false);
    }
  };

  return (
    <main id="main" className="sign-in">
      <form
        className="card sign-in-form"
        onSubmit={(e) => void submit(e)}
        aria-labelledby={`${id}-title`}
      >
        <p className="brand" aria-hidden="true">
          Orient
        </p>
        <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
          Sign in
        </h1>
        <p className="muted">
          Where each role’s time goes, and what pulls salespeople away from selling.
        </p>
        <div className="field">
          <label htmlFor={`${id}-email`}>Email</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>Password</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {problem !== null && (
          <p className="error-banner" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

function problemOf(error: unknown): string {
  if (error instanceof ApiError && error.status === 401) {
    return 'That email and password do not match an account.';
  }
  if (error instanceof ApiError && error.status === 429) {
    const minutes = error.retryAfter === null ? null : Math.ceil(error.retryAfter / 60);
    return `Too many attempts. Try again${minutes === null ? ' later' : ` in ${minutes} minute${minutes === 1 ? '' : 's'}`}.`;
  }
  return messageOf(error);
}
