// Loads Pyodide once, then either serves batchrunner.py's protocol on stdin/stdout
// (batch mode), or runs one program file and exits like a process would (spawn mode).
// Usage: node pyodide_runner.mjs PYODIDE_DIR BATCHRUNNER_PY [PROGRAM_FILE]
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";

const [pyodideDir, runnerPath, programPath] = process.argv.slice(2);
const MARK = "\x00DIVERGE ";
const CAP = 64 * 1024 * 1024;
const { loadPyodide } = await import(pathToFileURL(`${pyodideDir}/pyodide.mjs`).href);
// Program output is captured inside Python; anything reaching these is stray.
const pyodide = await loadPyodide({ indexURL: `${pyodideDir}/`, stdout: () => {}, stderr: () => {} });
pyodide.runPython(readFileSync(runnerPath, "utf8"), { filename: "batchrunner.py" });
const handle = pyodide.globals.get("handle");

if (programPath) {
  const source = readFileSync(programPath, "utf8");
  const reply = JSON.parse(handle(JSON.stringify({ source, filename: programPath, cap: CAP })));
  process.stdout.write(reply.stdout);
  process.stderr.write(reply.stderr);
  process.exitCode = reply.exit;
} else {
  const version = pyodide.globals.get("version")();
  process.stdout.write(MARK + JSON.stringify({ ready: true, version }) + "\n");
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    process.stdout.write(MARK + handle(line) + "\n");
  }
}
