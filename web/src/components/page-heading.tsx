// The page's h1. It takes focus when the page opens, so a screen reader announces the new page
// after a hash navigation and the next Tab starts from the top of the content.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

export function PageHeading(props: { children: ReactNode; intro?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <header className="page-heading">
      <h1 ref={ref} tabIndex={-1}>
        {props.children}
      </h1>
      {props.intro !== undefined && <p className="intro">{props.intro}</p>}
    </header>
  );
}
