/**
 * Form pieces of the Scenario tool: a text field that commits on Enter or when it loses focus (one
 * undo step per edit, not one per keystroke), refuses what it cannot read with a visible reason, and
 * follows outside changes (undo, another scenario) of the value it shows; a labelled input row; the
 * storeys as select options; the reason a value is refused; a list item's remove button.
 */
import { type InputHTMLAttributes, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
      {!parsed.ok && <InvalidNote>{invalidText}</InvalidNote>}
    </>
  );
}

/** Why what was typed cannot be used. */
export function InvalidNote({ children }: { children: ReactNode }) {
  return (
    <span className="se-invalid" role="alert">
      {children}
    </span>
  );
}

interface InputRowProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  label: ReactNode;
  value: string;
  onText: (text: string) => void;
}

/** A labelled text input that reports every keystroke (the form reads it when its button is pressed). */
export function InputRow({ label, value, onText, ...rest }: InputRowProps) {
  return (
    <label>
      <span>{label}</span>
      <input {...rest} value={value} onChange={(e) => onText(e.target.value)} />
    </label>
  );
}

/** The storeys as options of a select: value the id, text the name (or the id). */
export function StoreyOptions({ storeys }: { storeys: readonly { id: string; name?: string }[] }) {
  return storeys.map((st) => (
    <option key={st.id} value={st.id}>
      {st.name ?? st.id}
    </option>
  ));
}

/** "Name (id)", or the id where there is no name. */
export const nameAndId = (x: { id: string; name?: string }): string =>
  x.name !== undefined ? `${x.name} (${x.id})` : x.id;

interface RemoveButtonProps {
  /** What the button removes, for its accessible name (and its tooltip when `titled`). */
  what: string;
  onRemove: () => void;
  testId?: string;
  titled?: boolean;
}

/** The × that removes an item of a list. */
export function RemoveButton({ what, onRemove, testId, titled = false }: RemoveButtonProps) {
  const { t } = useTranslation();
  const label = t('scenarioEdit.removeItem', { what });
  return (
    <button
      type="button"
      className="se-remove"
      data-testid={testId}
      aria-label={label}
      title={titled ? label : undefined}
      onClick={onRemove}
    >
      ×
    </button>
  );
}
