// Says plainly that the figures are not anyone's real calendars.
export function DemoBanner() {
  return (
    <aside className="demo-banner" aria-label="Demo data" data-testid="demo-banner">
      <strong>Demo data.</strong> A generated organisation, not real calendars. Sign-in is off: you
      act as the demo admin.
    </aside>
  );
}
