/**
 * A text field that commits on Enter or when it loses focus (one undo step per edit, not one per
 * keystroke), refuses what it cannot read with a visible reason, and follows outside changes
 * (undo, another scenario) of the value it shows.
 */
import { type InputHTMLAttributes, useState } from 'react';
import type { Parsed } from './parse-input.ts';

interface Props<T> extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  /** The committed value as text. */
  value: string;
  parse: (text: string) => Parsed<T>;
  onCommit: (value: T) => void;
  /** Shown when the text cannot be read. */
  invalidText: string;
}

export function CommitField<T>({ value, parse, onCommit, invalidText, ...rest }: Props<T>) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const parsed = parse(draft);
  const commit = () => {
    if (draft === value || !parsed.ok) return;
    onCommit(parsed.value);
  };
  return (
    <>
      <input
        {...rest}
        value={draft}
        aria-invalid={!parsed.ok}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(value);
        }}
      />
      {!parsed.ok && (
        <span className="se-invalid" role="alert">
          {invalidText}
        </span>
      )}
    </>
  );
}
