// The page's h1. It takes focus when the user moves to another page, so a screen reader announces
// the new page after a hash navigation and the next Tab starts from the top of the content. The
// first page after loading keeps the browser's focus at the start, where the skip link is.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { hasNavigated } from '../router.js';

export function PageHeading(props: { children: ReactNode; intro?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (hasNavigated()) ref.current?.focus({ preventScroll: true });
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
