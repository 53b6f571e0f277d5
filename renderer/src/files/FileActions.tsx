/** Save / Save As, the unsaved-changes mark, and what went wrong with the last load or save. */
import { useTranslation } from 'react-i18next';
import type { DocumentFiles } from './use-document-files.ts';

interface Props {
  files: DocumentFiles;
  /** A dropped file that is not a building file (.json), or null. */
  refusedDrop: string | null;
}

export function FileActions({ files, refusedDrop }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <div className="file-actions">
        <button
          type="button"
          title={t('file.saveHint')}
          data-testid="save"
          disabled={!files.canSave}
          onClick={() => void files.save('save')}
        >
          {t('file.save')}
        </button>
        <button
          type="button"
          title={t('file.saveAsHint')}
          data-testid="save-as"
          disabled={!files.canSave}
          onClick={() => void files.save('saveAs')}
        >
          {t('file.saveAs')}
        </button>
        {files.dirty && (
          <span className="note" data-testid="unsaved">
            {t('file.unsaved')}
          </span>
        )}
      </div>
      {files.kept !== null && (
        <p className="note error" role="alert" data-testid="kept-edits">
          {t('file.keptEdits', { file: files.kept.fileName })}
          {files.kept.reason !== null && ` ${files.kept.reason}`}
        </p>
      )}
      {files.saveError !== null && (
        <p className="note error" role="alert" data-testid="save-failed">
          {t('file.saveFailed', { reason: files.saveError })}
        </p>
      )}
      {refusedDrop !== null && (
        <p className="note error" role="alert" data-testid="drop-refused">
          {t('file.notBuildingFile', { file: refusedDrop })}
        </p>
      )}
    </>
  );
}
