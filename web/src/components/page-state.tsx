// What a page shows while it waits, when it fails, and when there is nothing to show yet.
import type { ReactNode } from 'react';
import { messageOf } from '../api.js';

export function Loading(props: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {props.what}…
    </p>
  );
}

export function ErrorBanner(props: { error: unknown; title?: string }) {
  return (
    <div className="error-banner" role="alert">
      <strong>{props.title ?? 'Something went wrong.'}</strong> {messageOf(props.error)}
    </div>
  );
}

export function EmptyState(props: { children: ReactNode }) {
  return <div className="empty-state">{props.children}</div>;
}
