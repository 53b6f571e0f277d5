/** What the app is showing: nothing yet, a load in progress, a load result, or an unreadable file. */
import type { LoadResult } from '../../models/index.ts';

export interface Source {
  kind: 'sample' | 'file';
  fileName: string;
}

export type ViewState =
  | { status: 'empty' }
  | { status: 'loading'; source: Source }
  | { status: 'loaded'; source: Source; result: LoadResult }
  | { status: 'readFailed'; source: Source; reason: string };
