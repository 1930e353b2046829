// Reading the same export file again adds nothing and rewrites nothing.
import { beforeEach, expect, it } from 'vitest';
import {
  $mindsetResults,
  chooseArea,
  deleteAllResults,
  setAnswer,
  startNewTest,
  submitTest,
} from '@/stores/mindset';
import { exportResults, importResults } from '@/stores/mindset-data';

beforeEach(() => {
  deleteAllResults();
  startNewTest();
});

it('an export read back into the same browser counts every result as already here and leaves the list alone', () => {
  chooseArea('werk');
  for (let n = 1; n <= 10; n++) setAnswer(n, 3);
  submitTest();
  const before = $mindsetResults.get();
  let writes = 0;
  const stop = $mindsetResults.listen(() => writes++);
  expect(importResults(exportResults())).toEqual({
    ok: true,
    toegevoegd: 0,
    alAanwezig: 1,
    teVeel: 0,
  });
  stop();
  expect(writes).toBe(0);
  expect($mindsetResults.get()).toBe(before);
});
