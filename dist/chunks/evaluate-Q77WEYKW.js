import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  readBundleFile,
  verifyBundle
} from "./chunk-MXVNENA6.js";
import {
  evaluateGates
} from "./chunk-NAPEE2LL.js";
import "./chunk-WQACEPJI.js";
import {
  testsMetrics
} from "./chunk-VSCXQAGZ.js";
import "./chunk-MDZGSRUX.js";
import "./chunk-HJDUQUJH.js";
import {
  mergeReports,
  readReport
} from "./chunk-TTFJPRAO.js";
import "./chunk-AQHYNQJM.js";
import "./chunk-JDGJSJQP.js";
import "./chunk-NOZHGZDD.js";
import "./chunk-J6EVNFCH.js";
import "./chunk-FTADXKG2.js";
import "./chunk-JQCPZYZA.js";
import {
  mkdtemp,
  node_path_default,
  rm,
  writeFile
} from "./chunk-FUU55JNM.js";
import {
  __require
} from "./chunk-FTISGSZM.js";

// builtin-require:node:os
var m = __require("node:os");
var tmpdir = /* @__PURE__ */ (() => m.tmpdir)();

// src/evidence/evaluate.ts
async function evaluateBundle(zipPath) {
  const verified = await verifyBundle(zipPath);
  const fail = (problems2) => ({ ok: false, problems: problems2, rederived: [], asRecorded: [] });
  if (!verified.ok) return fail(["the bundle does not verify; nothing can be re-derived", ...verified.problems]);
  const runJson = await readBundleFile(zipPath, "run.json");
  if (!runJson) return fail(["run.json: missing from the bundle"]);
  let record;
  try {
    record = JSON.parse(runJson.toString("utf8"));
  } catch (err) {
    return fail([`run.json: not valid JSON (${err.message})`]);
  }
  const specs = record.gates.gates.map((g) => g.spec);
  const metrics = { ...record.metrics };
  const problems = [];
  const tests = record.results.filter((r) => r.kind === "tests");
  const rederivedKeys = /* @__PURE__ */ new Set();
  if (tests.length > 0) {
    const dir = await mkdtemp(node_path_default.join(tmpdir(), "ig-evaluate-"));
    try {
      const recomputed = [];
      for (const r of tests) {
        const reports = [];
        const fromRaw = /* @__PURE__ */ new Map();
        for (const f of r.files) {
          const data = await readBundleFile(zipPath, f.bundlePath);
          if (!data) {
            problems.push(`${f.bundlePath}: listed in run.json but not in the bundle`);
            continue;
          }
          const tmp = node_path_default.join(dir, `${reports.length}-${node_path_default.basename(f.bundlePath)}`);
          await writeFile(tmp, data);
          const report = await readReport(tmp);
          reports.push(report);
          fromRaw.set(f.bundlePath, report);
        }
        const merged = reports.length > 0 ? mergeReports(reports) : void 0;
        const counts = merged?.counts ?? { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, flakyMarkers: 0 };
        for (const k of ["tests", "passed", "failed", "errored", "skipped", "flaky"]) {
          if (counts[k] !== r.counts[k]) problems.push(`${r.jobId}: ${k} is ${counts[k]} in the raw JUnit but ${r.counts[k]} in run.json`);
        }
        const files = r.files.map(({ suiteFailures: _listed, ...f }) => {
          const found = fromRaw.get(f.bundlePath)?.suiteFailures;
          return found ? { ...f, suiteFailures: found } : f;
        });
        recomputed.push({ ...r, counts, files });
      }
      for (const [k, v] of Object.entries(testsMetrics(recomputed))) {
        metrics[k] = v;
        rederivedKeys.add(k);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const derived = evaluateGates(metrics, specs);
  if (record.status === "halted" && record.results.length === 0) derived.decision = "NO-GO";
  if (derived.decision !== record.gates.decision) {
    problems.push(`decision: re-derived ${derived.decision}, recorded ${record.gates.decision}`);
  }
  derived.gates.forEach((g, i) => {
    const rec = record.gates.gates[i];
    if (rec && (rec.status !== g.status || rec.value !== g.value)) {
      problems.push(`gate ${g.spec.metric}: re-derived ${g.status} (${g.value}), recorded ${rec.status} (${rec.value})`);
    }
  });
  const used = new Set(specs.map((s) => s.metric));
  return {
    ok: problems.length === 0,
    problems,
    recorded: record.gates,
    derived,
    rederived: [...used].filter((k) => rederivedKeys.has(k)),
    asRecorded: [...used].filter((k) => !rederivedKeys.has(k))
  };
}
export {
  evaluateBundle
};
//# sourceMappingURL=evaluate-Q77WEYKW.js.map
