// A table that scrolls sideways on a narrow screen instead of squeezing its columns. The wrapper
// is a labelled, focusable region so keyboard users can scroll it too; the title sits above it
// (a caption inside would scroll away), and the table keeps its caption for screen readers.
import { useId } from 'react';
import type { ReactNode } from 'react';

export function ScrollTable(props: {
  caption: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <>
      <p className="table-title" id={id}>
        {props.caption}
      </p>
      <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        <table className={props.className}>
          <caption className="visually-hidden">{props.caption}</caption>
          {props.children}
        </table>
      </div>
    </>
  );
}
