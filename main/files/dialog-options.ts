/**
 * Options of the native Open / Save / Export dialogs in the UI language. Pure (type-only electron
 * import) so tests can check titles and filters in both languages.
 */
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { Locale } from '../../models/index.ts';
import { SHELL_TEXT } from '../i18n/shell-text.ts';
import type { ReportFormat } from '../ipc/contract.ts';

export function openBuildingDialogOptions(locale: Locale, defaultPath?: string): OpenDialogOptions {
  const text = SHELL_TEXT[locale].dialog;
  return {
    title: text.openTitle,
    properties: ['openFile'],
    filters: [{ name: text.buildingFilter, extensions: ['json'] }],
    ...(defaultPath === undefined ? {} : { defaultPath }),
  };
}

/** `currentPath` (the document's file) wins; otherwise the suggested name in `defaultDir`. */
export function saveBuildingDialogOptions(
  locale: Locale,
  suggestedName: string,
  currentPath: string | null,
  defaultDir?: string,
): SaveDialogOptions {
  const text = SHELL_TEXT[locale].dialog;
  const name = /\.json$/i.test(suggestedName) ? suggestedName : `${suggestedName}.json`;
  return {
    title: text.saveTitle,
    defaultPath: currentPath ?? (defaultDir === undefined ? name : path.join(defaultDir, name)),
    filters: [{ name: text.buildingFilter, extensions: ['json'] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

export function exportReportDialogOptions(
  locale: Locale,
  format: ReportFormat,
  suggestedName: string,
  defaultDir?: string,
): SaveDialogOptions {
  const text = SHELL_TEXT[locale].dialog;
  const ext = format === 'pdf' ? 'pdf' : 'html';
  const name = suggestedName.toLowerCase().endsWith(`.${ext}`) ? suggestedName : `${suggestedName}.${ext}`;
  return {
    title: text.exportTitle,
    defaultPath: defaultDir === undefined ? name : path.join(defaultDir, name),
    filters: [{ name: format === 'pdf' ? text.pdfFilter : text.htmlFilter, extensions: [ext] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

/** A saved building always ends in .json (Linux dialogs do not add the filter's extension). */
export function withJsonExtension(filePath: string): string {
  return /\.json$/i.test(filePath) ? filePath : `${filePath}.json`;
}
