import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  require_yauzl
} from "./chunk-LNQU25LY.js";
import {
  EVIDENCE_MANIFEST
} from "./chunk-AC27XUII.js";
import "./chunk-3TLJE56K.js";
import {
  createHash
} from "./chunk-KZKBIOXF.js";
import "./chunk-SQRRHZ52.js";
import "./chunk-PGERGIYD.js";
import "./chunk-UGYKR3M7.js";
import {
  __toESM
} from "./chunk-FTISGSZM.js";

// src/evidence/verify.ts
var import_yauzl = __toESM(require_yauzl(), 1);
async function verifyBundle(zipPath) {
  let zip;
  try {
    zip = await openZip(zipPath);
  } catch (err) {
    return { ok: false, problems: [`${zipPath}: not a readable zip (${err.message})`], checked: 0 };
  }
  const problems = [];
  const actual = /* @__PURE__ */ new Map();
  let manifestText;
  try {
    for await (const entry of entries(zip)) {
      if (entry.fileName.endsWith("/")) continue;
      if (actual.has(entry.fileName) || entry.fileName === EVIDENCE_MANIFEST && manifestText !== void 0) {
        problems.push(`${entry.fileName}: appears more than once in the zip`);
        continue;
      }
      try {
        const { bytes, sha256, text } = await readEntry(zip, entry, entry.fileName === EVIDENCE_MANIFEST);
        if (entry.fileName === EVIDENCE_MANIFEST) manifestText = text;
        else actual.set(entry.fileName, { bytes, sha256 });
      } catch (err) {
        problems.push(`${entry.fileName}: cannot be read from the zip (${err.message})`);
        actual.set(entry.fileName, { bytes: -1, sha256: "unreadable" });
      }
    }
  } catch (err) {
    problems.push(`${zipPath}: the zip is damaged (${err.message})`);
  } finally {
    zip.close();
  }
  if (manifestText === void 0) {
    return { ok: false, problems: [...problems, `${EVIDENCE_MANIFEST}: missing from the bundle; nothing can be verified`], checked: 0 };
  }
  let manifest;
  try {
    manifest = JSON.parse(manifestText);
    if (!Array.isArray(manifest.files)) throw new Error("no files list");
  } catch (err) {
    return { ok: false, problems: [...problems, `${EVIDENCE_MANIFEST}: not a valid evidence manifest (${err.message})`], checked: 0 };
  }
  const listed = /* @__PURE__ */ new Set();
  for (const f of manifest.files) {
    listed.add(f.path);
    const a = actual.get(f.path);
    if (!a) problems.push(`${f.path}: listed in the manifest but missing from the zip`);
    else if (a.sha256 === "unreadable") continue;
    else if (a.sha256 !== f.sha256) problems.push(`${f.path}: sha256 mismatch (manifest ${f.sha256.slice(0, 12)}\u2026, zip ${a.sha256.slice(0, 12)}\u2026)`);
    else if (a.bytes !== f.bytes) problems.push(`${f.path}: size mismatch (manifest ${f.bytes} bytes, zip ${a.bytes})`);
  }
  for (const name of actual.keys()) {
    if (!listed.has(name)) problems.push(`${name}: in the zip but not listed in the manifest (extra file)`);
  }
  return { ok: problems.length === 0, problems, manifest, checked: manifest.files.length };
}
async function readBundleFile(zipPath, name) {
  const zip = await openZip(zipPath);
  try {
    for await (const entry of entries(zip)) {
      if (entry.fileName === name) {
        const chunks = [];
        const stream = await openEntry(zip, entry);
        for await (const c of stream) chunks.push(c);
        return Buffer.concat(chunks);
      }
    }
    return void 0;
  } finally {
    zip.close();
  }
}
function openZip(p) {
  return new Promise((resolve, reject) => {
    import_yauzl.default.open(
      p,
      { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true },
      (err, zip) => err ? reject(err) : resolve(zip)
    );
  });
}
async function* entries(zip) {
  while (true) {
    const next = await new Promise((resolve, reject) => {
      const onEntry = (e) => {
        cleanup();
        resolve(e);
      };
      const onEnd = () => {
        cleanup();
        resolve(null);
      };
      const onError = (err) => {
        cleanup();
        reject(err);
      };
      const cleanup = () => {
        zip.off("entry", onEntry);
        zip.off("end", onEnd);
        zip.off("error", onError);
      };
      zip.on("entry", onEntry);
      zip.on("end", onEnd);
      zip.on("error", onError);
      zip.readEntry();
    });
    if (!next) return;
    yield next;
  }
}
function openEntry(zip, entry) {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, s) => err ? reject(err) : resolve(s)));
}
async function readEntry(zip, entry, keepText) {
  const stream = await openEntry(zip, entry);
  const hash = createHash("sha256");
  let bytes = 0;
  const kept = [];
  for await (const chunk of stream) {
    const b = chunk;
    hash.update(b);
    bytes += b.length;
    if (keepText) kept.push(b);
  }
  return { bytes, sha256: hash.digest("hex"), ...keepText ? { text: Buffer.concat(kept).toString("utf8") } : {} };
}
export {
  readBundleFile,
  verifyBundle
};
//# sourceMappingURL=verify-5V6OU7Y5.js.map
