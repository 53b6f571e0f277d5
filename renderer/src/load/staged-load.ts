/**
 * Loading a building in two steps so the window shows it sooner (issue 6: first frame ≤ 2 s):
 *   1. on the main thread, what drawing needs: the text read and parsed (size and structure limits,
 *      JSON) and checked against the schema — tens of milliseconds — giving the building to draw;
 *   2. in a module worker (validate-client.ts), the whole `loadBuildingText` again, semantic rules
 *      included (for the 33-storey sample 0.3–0.6 s of CPU, which had been one long main-thread task
 *      between the sample's arrival and the first frame); its issues come back and make the final
 *      LoadResult, which keeps step 1's building object so the view drawn from it is not rebuilt.
 * The result is the one `loadBuildingText` gives: a file that fails in step 1 gets the loader's own
 * result at once, and where no worker can run (tests in jsdom, a worker that dies) step 2 runs here.
 * Until step 2 ends nothing may be run, edited or saved: the caller keeps the document "loading".
 */
import { Building, type LoadResult, loadBuildingText } from '../../../models/index.ts';
import { parseJsonText } from '../../../models/load/parse-json.ts';
import { IssueList } from '../../../models/validation/issue.ts';
import { type SemanticCheck, validateWorker } from './validate-client.ts';

export type FirstStep =
  /** Schema-valid: draw `building` now; `finish()` gives the final result (cancel: a newer load). */
  | { drawable: Building; finish(): Promise<LoadResult>; cancel(): void }
  /** Refused before the semantic rules (limits, JSON, schema): the loader's complete result. */
  | { result: LoadResult };

/** Step 1 for `text` (a sample's or a file's content); `file` names it in messages. */
export function loadInSteps(text: string, file: string): FirstStep {
  const scratch = new IssueList();
  const parsed = parseJsonText(text, scratch);
  const checked = parsed.ok ? Building.safeParse(parsed.value, { reportInput: true }) : undefined;
  // Anything wrong this early: the loader's own messages (it stops before the rules, so it is quick).
  if (checked === undefined || !checked.success) return { result: loadBuildingText(text, file) };
  const drawable = checked.data;
  const withIssues = (c: SemanticCheck): LoadResult => ({
    file,
    building: c.valid ? drawable : undefined,
    errors: c.errors,
    warnings: c.warnings,
  });
  const onMainThread = (): LoadResult => {
    const r = loadBuildingText(text, file);
    return withIssues({ valid: r.building !== undefined, errors: r.errors, warnings: r.warnings });
  };
  const worker = validateWorker();
  if (worker === null) return { drawable, finish: () => Promise.resolve(onMainThread()), cancel() {} };
  const run = worker.check(text, file);
  let cancelled = false;
  return {
    drawable,
    // A dead worker (out of memory, a load error) must not lose the file: check it here instead.
    finish: () =>
      run.result.then(withIssues, (err: unknown) => {
        if (cancelled) throw err;
        return onMainThread();
      }),
    cancel() {
      cancelled = true;
      run.cancel();
    },
  };
}
