// Hash routing: `#/time`, `#/meetings/<uid>`. The server serves index.html for every path, and a
// hash keeps deep links working whatever path the app is served under.
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'overview' }
  | { page: 'time' }
  | { page: 'departments' }
  | { page: 'meetings'; uid: string | null }
  | { page: 'invite' }
  | { page: 'import' }
  | { page: 'notes' }
  | { page: 'requests' }
  | { page: 'items'; id: string | null }
  | { page: 'not-found'; path: string };

export type PageName = Exclude<Route['page'], 'not-found'>;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const [first = '', ...rest] = path.replace(/^\/+/, '').split('/');
  switch (first) {
    case '':
    case 'overview':
      return { page: 'overview' };
    case 'time':
      return { page: 'time' };
    case 'departments':
      return { page: 'departments' };
    case 'meetings':
      return { page: 'meetings', uid: rest.length > 0 ? decodeURIComponent(rest.join('/')) : null };
    case 'invite':
      return { page: 'invite' };
    case 'import':
      return { page: 'import' };
    case 'notes':
      return { page: 'notes' };
    case 'requests':
      return { page: 'requests' };
    case 'items':
      return { page: 'items', id: rest[0] ? decodeURIComponent(rest[0]) : null };
    default:
      return { page: 'not-found', path };
  }
}

export function hrefOf(page: PageName, uid?: string): string {
  if (page === 'meetings' && uid !== undefined) return `#/meetings/${encodeURIComponent(uid)}`;
  if (page === 'items' && uid !== undefined) return `#/items/${encodeURIComponent(uid)}`;
  return page === 'overview' ? '#/' : `#/${page}`;
}

let navigated = false;
// Registered before any component subscribes, so it has run by the time a new page renders.
window.addEventListener('hashchange', () => {
  navigated = true;
});

/** Whether the user has moved between pages since the app loaded. */
export function hasNavigated(): boolean {
  return navigated;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function navigate(page: PageName, uid?: string): void {
  window.location.hash = hrefOf(page, uid);
}
