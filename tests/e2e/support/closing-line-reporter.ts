/**
 * Prints skip reasons and, last, the plain closing line CI reads: "e2e: N passed, N failed, N skipped".
 * A file that fails to load and unhandled errors count as failures.
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    const notes: string[] = [];
    for (const module of modules) {
      let tests = 0;
      for (const test of module.children.allTests()) {
        tests++;
        const result = test.result();
        if (result.state === 'passed') passed++;
        else if (result.state === 'failed') failed++;
        else {
          skipped++;
          if (result.state === 'skipped' && result.note)
            notes.push(`  skipped: ${test.fullName}: ${result.note}`);
        }
      }
      if (tests === 0 && module.state() === 'failed') failed++;
    }
    const lines = [...notes, `e2e: ${passed} passed, ${failed} failed, ${skipped} skipped`];
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}
