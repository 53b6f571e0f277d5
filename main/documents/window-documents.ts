/**
 * What main knows about the document shown in each window, keyed by its WebContents id: the file it
 * was opened from or saved to (the only path Save writes to without asking), whether it has unsaved
 * changes (the renderer says so), and a pending "close once saved" from the close prompt.
 */
export interface WindowDocument {
  /** The document's file, once the renderer accepted an opened file or a save succeeded. */
  path: string | null;
  /** The file the last open returned, waiting for the renderer to accept it (`file: 'opened'`). */
  openedPath: string | null;
  dirty: boolean;
  /** Set when the user chose Save in the close prompt: close the window once the save succeeds. */
  closeAfterSave: boolean;
  /** Set when the user chose Don't save in the close prompt: let the next close through. */
  closeApproved: boolean;
  /** The close prompt is showing. */
  closePromptOpen: boolean;
}

export class WindowDocuments {
  readonly #byId = new Map<number, WindowDocument>();

  /** The record of a window, created clean on first use. */
  get(id: number): WindowDocument {
    let doc = this.#byId.get(id);
    if (doc === undefined) {
      doc = {
        path: null,
        openedPath: null,
        dirty: false,
        closeAfterSave: false,
        closeApproved: false,
        closePromptOpen: false,
      };
      this.#byId.set(id, doc);
    }
    return doc;
  }

  delete(id: number): void {
    this.#byId.delete(id);
  }
}
