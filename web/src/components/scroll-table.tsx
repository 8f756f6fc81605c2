// A table that scrolls sideways on a narrow screen instead of squeezing its columns. The wrapper
// is a labelled, focusable region so keyboard users can scroll it too.
import { useId } from 'react';
import type { ReactNode } from 'react';

export function ScrollTable(props: {
  caption: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className={props.className}>
        <caption id={id}>{props.caption}</caption>
        {props.children}
      </table>
    </div>
  );
}
