// Reads the Vitest and Playwright JSON reports `pnpm test` asks for: the counts, and each failed test by name with
// the first line of its error, so the end of a long CI log says what failed without scrolling back to it.

// ANSI colour codes, which Vitest puts in its failure messages.
// eslint-disable-next-line no-control-regex -- the escape character is what is matched
const ansi = /\u001b\[[0-9;]*m/g;
const firstLine = (text) =>
  String(text ?? "")
    .replace(ansi, "")
    .split("\n")
    .find((line) => line.trim() !== "")
    ?.trim()
    .slice(0, 300) ?? "";

/** @returns {{ passed: number, failed: number, failures: string[], flaky: string[] }} */
export function readVitestReport(report, root) {
  const failures = [];
  const flaky = [];
  for (const file of report.testResults ?? []) {
    const where = file.name.startsWith(root) ? file.name.slice(root.length + 1) : file.name;
    const tests = file.assertionResults ?? [];
    for (const test of tests) {
      if (test.status === "failed") failures.push(`vitest ${where} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
      // A test that passed keeps the errors of the attempts that failed before it (--retry).
      else if (test.status === "passed" && (test.failureMessages ?? []).length > 0) {
        flaky.push(`vitest ${where} › ${test.fullName}: ${firstLine(test.failureMessages[0])}`);
      }
    }
    if (file.status === "failed" && !tests.some((test) => test.status === "failed")) {
      failures.push(`vitest ${where}: ${firstLine(file.message) || "the file failed"}`);
    }
  }
  return { passed: report.numPassedTests, failed: report.numFailedTests, failures, flaky };
}

/** @returns {{ passed: number, failed: number, failures: string[], flaky: string[] }} */
export function readPlaywrightReport(report) {
  const failures = [];
  const flaky = [];
  const visit = (suite, titles) => {
    const path = suite.title && suite.title !== suite.file ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== "unexpected" && test.status !== "flaky") continue;
        const failedRun = test.status === "flaky" ? test.results?.find((result) => result.error) : test.results?.at(-1);
        const line = `playwright [${test.projectName}] ${spec.file}:${spec.line} › ${[...path, spec.title].join(" › ")}: ${firstLine(failedRun?.error?.message)}`;
        (test.status === "flaky" ? flaky : failures).push(line);
      }
    }
    for (const child of suite.suites ?? []) visit(child, path);
  };
  for (const suite of report.suites ?? []) visit(suite, []);
  const { stats } = report;
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, failures, flaky };
}
