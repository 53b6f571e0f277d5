/** What the app is showing: nothing yet, a load in progress, a load result, or an unreadable file. */
import type { Building, LoadResult } from '../../models/index.ts';

export interface Source {
  kind: 'sample' | 'file';
  fileName: string;
}

export type ViewState =
  | { status: 'empty' }
  | { status: 'loading'; source: Source }
  | {
      status: 'loaded';
      source: Source;
      result: LoadResult;
      /** A file with only semantic errors, drawn so they can be located (view/draft-building.ts). */
      draft?: Building | undefined;
    }
  | { status: 'readFailed'; source: Source; reason: string };
