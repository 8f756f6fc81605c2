// The signed-in frame: skip link, demo banner, header with the main navigation, and the page.
import { useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Role, Session } from './api-types.js';
import { DemoBanner } from './components/demo-banner.js';
import { EmptyState } from './components/page-state.js';
import { DepartmentsPage } from './pages/departments-page.js';
import { FieldNotesPage } from './pages/field-notes-page.js';
import { ImportPage } from './pages/import-page.js';
import { ItemsPage } from './pages/items-page.js';
import { InviteCheckPage } from './pages/invite-check-page.js';
import { MeetingsPage } from './pages/meetings-page.js';
import { OverviewPage } from './pages/overview-page.js';
import { RequestsPage } from './pages/requests-page.js';
import { TimePage } from './pages/time-page.js';
import { ReportProvider } from './report-data.js';
import { hrefOf, useRoute, type PageName, type Route } from './router.js';
import { SessionContext, atLeast } from './session.js';

interface NavItem {
  page: PageName;
  label: string;
  role: Role;
}

const NAV: NavItem[] = [
  { page: 'overview', label: 'Overview', role: 'analyst' },
  { page: 'time', label: 'Where time goes', role: 'analyst' },
  { page: 'departments', label: 'Departments', role: 'analyst' },
  { page: 'meetings', label: 'Meetings to reconsider', role: 'analyst' },
  { page: 'invite', label: 'Invite check', role: 'member' },
  { page: 'notes', label: 'Field notes', role: 'member' },
  { page: 'requests', label: 'Requests', role: 'member' },
  { page: 'items', label: 'Enablement plan', role: 'analyst' },
  { page: 'import', label: 'Import', role: 'admin' },
];

export function Shell(props: { session: Session; signOut(): void }) {
  const { session, signOut } = props;
  const role = session.user.role;
  const route = useRoute();
  const items = NAV.filter((item) => atLeast(role, item.role));
  // Members land on the one page they may use.
  const shown: Route =
    route.page === 'overview' && !atLeast(role, 'analyst') ? { page: 'invite' } : route;
  const current = NAV.find((item) => item.page === shown.page);
  const allowed = current === undefined || atLeast(role, current.role);

  useEffect(() => {
    document.title = `${current?.label ?? 'Not found'} · Orient`;
  }, [current]);

  const sessionState = useMemo(() => ({ session, signOut }), [session, signOut]);

  return (
    <SessionContext.Provider value={sessionState}>
      <ReportProvider people={role === 'admin'}>
        <a
          className="skip-link"
          href="#main"
          onClick={(event) => {
            event.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          Skip to content
        </a>
        {session.demo && <DemoBanner />}
        <header className="site-header">
          <a className="brand" href={hrefOf('overview')}>
            Orient
          </a>
          <nav aria-label="Main">
            <ul>
              {items.map((item) => (
                <li key={item.page}>
                  <a
                    href={hrefOf(item.page)}
                    aria-current={item.page === shown.page ? 'page' : undefined}
                  >
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="user">
            <span className="user-name">
              <span className="user-email">{session.user.email}</span>{' '}
              <span className="role-badge">{role}</span>
            </span>
            {!session.demo && (
              <button type="button" className="secondary small" onClick={signOut}>
                Sign out
              </button>
            )}
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          {allowed ? (
            <Page route={shown} key={shown.page} />
          ) : (
            <EmptyState>
              <h1>Not available</h1>
              <p>
                {current?.label} needs the {current?.role} role; you are signed in as {role}.
              </p>
            </EmptyState>
          )}
        </main>
      </ReportProvider>
    </SessionContext.Provider>
  );
}

function Page({ route }: { route: Route }): ReactNode {
  switch (route.page) {
    case 'overview':
      return <OverviewPage />;
    case 'time':
      return <TimePage />;
    case 'departments':
      return <DepartmentsPage />;
    case 'meetings':
      return <MeetingsPage uid={route.uid} key={route.uid ?? ''} />;
    case 'invite':
      return <InviteCheckPage />;
    case 'import':
      return <ImportPage />;
    case 'notes':
      return <FieldNotesPage />;
    case 'requests':
      return <RequestsPage />;
    case 'items':
      return <ItemsPage id={route.id} key={route.id ?? ''} />;
    case 'not-found':
      return (
        <EmptyState>
          <h1>Page not found</h1>
          <p>
            Nothing lives at “{route.path}”. <a href={hrefOf('overview')}>Go to the overview</a>.
          </p>
        </EmptyState>
      );
  }
}
