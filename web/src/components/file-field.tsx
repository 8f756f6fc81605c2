// A labelled file picker with its hint, as every import form has one: the hint is the input's
// description for screen readers.
import type { ReactNode, RefObject } from 'react';

export function FileField(props: {
  id: string;
  label: string;
  inputRef: RefObject<HTMLInputElement | null>;
  accept: string;
  multiple?: boolean;
  disabled: boolean;
  hint: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        ref={props.inputRef}
        type="file"
        accept={props.accept}
        multiple={props.multiple}
        aria-describedby={`${props.id}-hint`}
        disabled={props.disabled}
      />
      <p id={`${props.id}-hint`} className="hint">
        {props.hint}
      </p>
    </div>
  );
}
