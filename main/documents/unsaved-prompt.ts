/**
 * The native "Save changes?" prompt (Save / Don't save / Cancel), shown before a dirty window closes
 * or another file replaces its document. Pure: the message box options and how to read the answer.
 */
import type { MessageBoxOptions } from 'electron';
import type { Locale } from '../../models/index.ts';
import { SHELL_TEXT } from '../i18n/shell-text.ts';
import type { UnsavedChoice } from '../ipc/contract.ts';

/** Button order; the answer is the index. Escape and closing the box mean Cancel. */
const CHOICES: readonly UnsavedChoice[] = ['save', 'discard', 'cancel'];

export function unsavedPromptOptions(locale: Locale, fileName: string | null): MessageBoxOptions {
  const text = SHELL_TEXT[locale].dialog;
  return {
    type: 'warning',
    message: text.unsavedMessage.replace('{name}', fileName ?? text.untitled),
    detail: text.unsavedDetail,
    buttons: [text.save, text.dontSave, text.cancel],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    normalizeAccessKeys: true,
  };
}

export function unsavedChoiceFor(response: number): UnsavedChoice {
  return CHOICES[response] ?? 'cancel';
}
