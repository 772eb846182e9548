import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  isInside,
  toPosix
} from "./chunk-AQHYNQJM.js";
import {
  StringDecoder,
  asSecretRedactor,
  redactingTransform
} from "./chunk-J6EVNFCH.js";
import {
  UserError,
  errorMessage
} from "./chunk-FTADXKG2.js";
import {
  closeSync,
  node_path_default,
  openSync,
  readFileSync,
  readSync,
  realpath,
  stat
} from "./chunk-FUU55JNM.js";
import {
  __require
} from "./chunk-FTISGSZM.js";

// src/junit/model.ts
var RUN_PASS = 1;
var RUN_FAIL = 2;
var RUN_ERROR = 4;
var RUN_SKIP = 8;
var RUN_MARKER = 16;
var RunIndex = class {
  constructor(passed, skipped, other) {
    this.passed = passed;
    this.skipped = skipped;
    this.other = other;
  }
  passed;
  skipped;
  other;
  /** Kept out of JSON: it is an index, not data. */
  toJSON() {
    return void 0;
  }
};
var JUnitReadError = class extends UserError {
  name = "JUnitReadError";
  file;
  line;
  column;
  reason;
  /** What is wrong, without the file and position (the message has them). */
  detail;
  constructor(file, reason, detail, position, options) {
    const where = position ? `${file}:${position.line}:${position.column}` : file;
    super(`${where}: ${detail}`, options);
    this.file = file;
    this.reason = reason;
    this.detail = detail;
    if (position) {
      this.line = position.line;
      this.column = position.column;
    }
  }
};
var DEFAULT_READ_OPTIONS = {
  maxMessageBytes: 1024,
  maxDetailsBytes: 8192,
  maxCasesKept: 5e3,
  maxSkippedKept: 100
};
function zeroCounts() {
  return { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, flakyMarkers: 0 };
}
function addCounts(into, from) {
  into.tests += from.tests;
  into.passed += from.passed;
  into.failed += from.failed;
  into.errored += from.errored;
  into.skipped += from.skipped;
  into.flaky += from.flaky;
  into.flakyMarkers += from.flakyMarkers;
  return into;
}

// src/junit/pass-scan.wasm.ts
var PASS_SCAN_WASM = "AGFzbQEAAAABKQdgAAF/YAJ/fwF/YAF/AX9gBH9/f38AYAAAYAN/f38Bf2AEf39/fwF/Ag0BA2VudgVhYm9ydAADAxMSAgECAgQFAQAGAAAAAAEAAAABBQMBAAUGfhl/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBfwt/AUF/C38BQX8LfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQX8LfwFBAAt/AUEACweuAQ0LaW5wdXRPZmZzZXQADQxvdXRwdXRPZmZzZXQACg5vdXRwdXRDYXBhY2l0eQALDGZpbHRlck9mZnNldAAPB3NjYW5uZWQACARzY2FuAAkOZmlyc3RGb3JiaWRkZW4ADgxsYXN0TGluZUZlZWQADA5jb3VudExpbmVGZWVkcwASDWRpc3RpbmN0Q291bnQAEAhzb3J0S2V5cwAGB2RhdGFFbmQAEQZtZW1vcnkCAAgBBQwBCAqAJRIzAQF/IABB/////wBLBEBBoAhB0AhBM0E8EAAACyAAQQJ0IgBBBBACIgFBACAA/AsAIAELxgEBBX8gAEHs////A0sEQEGQCUHQCUHWAEEeEAAACyAAQRBqIgNB/P///wNLBEBBkAlB0AlBIUEdEAAACyMBQQRqIgIgA0ETakFwcUEEayIDaiIEPwAiBUEQdEEPakFwcSIGSwRAIAUgBCAGa0H//wNqQYCAfHFBEHYiBiAFIAZKG0AAQQBIBEAgBkAAQQBIBEAACwsLIwEgBCQBIAM2AgAgAkEEayIDQQA2AgQgA0EANgIIIAMgATYCDCADIAA2AhAgAkEQagsuAQF/IABB/P///wNLBEBBoAhB0AhBM0E8EAAACyAAQQUQAiIBQQAgAPwLACABCzMBAX8gAEH/////AEsEQEGgCEHQCEEzQTwQAAALIABBAnQiAEEHEAIiAUEAIAD8CwAgAQuPAgECf0H8CSQBQRAQASQCQRAQASQDQRAQASQEQRAQASQFQYACEAMkBkEREAEkB0EREAEkCEEQEAEkCUGAAhADJA4DQCABQYACSARAIAFBIEgiAEUEQCABQf4ASiEACyAARQRAIAFBPEYhAAsgAEUEQCABQSZGIQALIAEjDmogAUEiRiAAckECQQAgAUEnRiAAchtyOgAAIAFBAWohAQwBCwtBgIAEQQYQAiIAQQBBgIAE/AsAIAAkDyMPJBBBgIACEAQkESMRJBJBgIAEEAQkEyMTJBQjEEGAgARqIgAjEkGAgAhqIgEgACABShsiACMUQYCAEGoiASAAIAFKG0H//wNqQYCAfHEkFUEBEAMkGAvvAwIHfwN+IxMiB0EAQYCAEPwLAANAIAIgA0oEQCAAIANBA3RqIgUrAwD8ByELIAUgCzcDACAHIAtC//8Ag6dBAnRqIgUgBSgCAEEBajYCACAHIAtCDohC//8Ag6dBgIABakECdGoiBSAFKAIAQQFqNgIAIAcgC0IciEL//wCDp0GAgAJqQQJ0aiIFIAUoAgBBAWo2AgAgByALQiqIQv//AIOnQYCAA2pBAnRqIgUgBSgCAEEBajYCACADQQFqIQMMAQsLA0AgBEEESARAIAcgBEEQdGohBiAErEIOfiEMIAJBAEoEfyAGIAApAwAgDIhC//8Ag6dBAnRqKAIAIAJGBUEAC0UEQEEAIQVBACEDA0AgA0GAgAFIBEAgBiADQQJ0aiIIKAIAIQkgCCAFNgIAIAUgCWohBSADQQFqIQMMAQsLQQAhAwNAIAIgA0oEQCABIAYgACADQQN0aikDACILIAyIQv//AIOnQQJ0aiIFKAIAIghBA3RqIAs3AwAgBSAIQQFqNgIAIANBAWohAwwBCwsgACABIQAhAQsgBEEBaiEEDAELC0EAIQNBACEBA0AgASACSARAIANBAWogAyABRSAKIAAgAUEDdGoiBCkDACIKUnIbIQMgBCAKujkDACABQQFqIQEMAQsLIAMkFyAAC74DAQh/IwohBwNAIAcgCEoEQCMIIAhBAnRqKAIAIgkgAGogAU4Ef0EBBSMVIABqIQYjByAIQQJ0aigCACEFQQAhAwJ/A0AgA0EIaiIEIAlMBEBBACADIAZqKQMAIAMgBWopAwBSDQIaIAQhAwwBCwsDQCADIAlIBEBBACADIAZqLQAAIAMgBWotAABHDQIaIANBAWohAwwBCwtBAQtFCwRAQQAPCyAAIAlqIgAhAyMJIAhBAnRqKAIAIQQDQCAAIAFIBH8jDiMVIABqLQAAai0AACAEcQVBAQtFBEAgAEEBaiEADAELCyAAIAFOBEBBAA8LIAhBAnQiBCMEaiADNgIAIwUgBGogACADazYCACAIQQFqIQgMAQsLIwggB0ECdGooAgAiAyAAaiABSgR/QQEFIxUgAGohBCMHIAdBAnRqKAIAIQUCfwNAIAJBCGoiASADTARAQQAgAiAEaikDACACIAVqKQMAUg0CGiABIQIMAQsLA0AgAiADSARAQQAgAiAEai0AACACIAVqLQAARw0CGiACQQFqIQIMAQsLQQELRQsEQEEADwsjBSMLQQJ0aigCAEUEQEEADwsgACADagsEACMAC+EVAg9/AXxBACQAAkADQCMAQYDAAEgEQCAAIQUDQCABIAVKBH8jFSAFai0AACIEQQpGIARBIEZyIARBCUZyIARBDUZyBUEACwRAIAVBAWohBQwBCwsgBUEKaiABTgRAIAAPCyMVIAVqKQMAQrzolZvH7tiw8wBSBH9BAQUjFSAFQQhqai0AAEHlAEcLBH9BAAUjFSAFQQlqai0AACIEQQpGIARBIEZyIARBCUZyIARBDUZyC0UEQCAFIAAgASAFSgR/IxUgBWotAABBPEYFQQALGw8LIwpBAEoEQCAFIAEQByIAQQBKBEAgAkECc0Gx893xeWwhBCADQQJzQZXJ1fkFbCEJIwwiBkEATgRAIAZBAnQiBiMEaigCACIKIwUgBmooAgBqIQYDQCAGIApKBEAjFSAKai0AACIHIARzQbHz3fF5bCEEIAcgCXNBlcnV+QVsIQkgCkEBaiEKDAELCwsjDSEGIARBA3NBsfPd8XlsIQQgCUEDc0GVydX5BWwhCSMLQQJ0IgcjBGooAgAiCiMFIAdqKAIAaiEHA0AgByAKSgRAIxUgCmotAAAiCCAEc0Gx893xeWwhBCAIIAlzQZXJ1fkFbCEJIApBAWohCgwBCwsgBkEATgR/IwUgBkECdGooAgBBAEoFQQALBEAgBEEHc0Gx893xeWwhBCAJQQdzQZXJ1fkFbCEJIAZBAnQiBiMEaigCACINIwUgBmooAgBqIQYDQCAGIA1KBEAjFSANai0AACIHIARzQbHz3fF5bCEEIAcgCXNBlcnV+QVsIQkgDUEBaiENDAELCwsjEUQAAAAAAADwPyAJIAlBDXZzQbXcypV8bCAEIARBEHZzQeuUr694bHMiBCAEQQ12c0G13MqVfGwgCSAJQRB2c0HrlK+veGxzQf///wBxuEQAAAAAAADwQaIgBLigIhMgE0QAAAAAAAAAAGEbIhP8B6dB//8/cSIEQQV2QQJ0aigCAEEBIAR0cQ0EIxAjAEEDdGogEzkDACMAQQFqJAAMAwsLIAVBCWohBEEAIQ1BACEKA0ACQCAEIQYDQCABIARKBH8jFSAEai0AACIAQQpGIABBIEZyIABBCUZyIABBDUZyBUEACwRAIARBAWohBAwBCwsgASAETA0EIxUgBGotAAAiAEEvRgRAIARBAWoiACABSAR/IxUgAGotAABBPkYFQQALBEBBASEKIARBAmohBAsMAQsgDUEQRiAEIAZGcgR/QQAFIABB3wBGIQYgAEH6AEwgAEHhAE5xBH9BAQUgAEHaAEwgAEHBAE5xCyAGciAAQTpGcgtFDQAgBCIGQQFqIQQDQCABIARKBH8jFSAEai0AACIHQS1GIAdBLkYhCSAHQd8ARiELIAdB+gBNIAdB4QBPcQR/QQEFIAdB2gBNIAdBwQBPcQsgC3IgB0E6RnIEf0EBBSAHQTlNIAdBME9xCyAJcnIFQQALBEAgBEEBaiEEDAELCyABIARMDQQgDUECdCIHIwJqIAY2AgAjAyAHaiAEIAZrNgIAA0AgASAESgR/IxUgBGotAAAiBkEKRiAGQSBGciAGQQlGciAGQQ1GcgVBAAsEQCAEQQFqIQQMAQsLIAEgBEwEf0EBBSMVIARqLQAAQT1HCw0AIARBAWohBANAIAEgBEoEfyMVIARqLQAAIgZBCkYgBkEgRnIgBkEJRnIgBkENRnIFQQALBEAgBEEBaiEEDAELCyABIARMDQQjFSAEai0AACIGQSdHIAZBIkdxDQAgBEEBaiIEIQcDQCABIARKBEAgBiMVIARqLQAAIgBGIABBIElyIABB/gBLciAAQTxGciAAQSZGckUEQCAEQQFqIQQMAgsLCyAAIAZHIAEgBExyDQAgDUECdCIAIwRqIAc2AgAjBSAAaiAEIAdrNgIAIARBAWohBCANQQFqIQ0MAQsLIApFDQJBfyEJQX8hCkF/IQZBfyELQX8hDEEAIQADQCAAIA1IBEAgAEECdCIHIwJqKAIAIRAjAyAHaigCACERQQAhDgNAIAAgDkoEQCARIA5BAnQiByMDaigCAEYEfyMVIBBqIRIjFSMCIAdqKAIAaiEPQQAhBwJ/A0AgB0EIaiIIIBFMBEBBACAHIBJqKQMAIAcgD2opAwBSDQIaIAghBwwBCwsDQCAHIBFIBEBBACAHIBJqLQAAIAcgD2otAABHDQIaIAdBAWohBwwBCwtBAQsFQQALDQYgDkEBaiEODAELCyARQQROBH8jFSAQaigCAAVBAAshByARQQRGBEAgB0HuwrWrBkYEQCAAIQkFIAAgCyAHQebSsasGRhshCwsFIBFBCEYEQCAAIAwgB0Hm0rGrBkYEfyMVIBBqKAIEQfDC0cMGRgVBAAsbIQwFIBFBCUYEQCAAIAogB0Hj2IWbB0YEfyMVIBBBBGpqLQAAQfMARgVBAAsEfyMVIBBqKAIFQe7CtasGRgVBAAsbIQoFIBFBBUYEQCAHQePYhZsHRgR/IxUgEEEEamotAABB8wBGBUEACwRAIAAhBgUgB0Hn5L2rB0YEfyMVIBBBBGpqLQAAQfAARgVBAAsNCQsFIBFBAkYEQCMVIBBqLwEAQenIAUYNCQUgEUEGRgRAIAdB8+iFowdGBH8jFSAQai8BBEH15gFGBUEACw0KCwsLCwsLIABBAWohAAwBCwsgCUEASAR/QQAFIwUgCUECdGooAgALRQ0CIAsgDCALQQBOGyEIIAJBAnNBsfPd8XlsIQsgA0ECc0GVydX5BWwhDCAKIAYgCkEAThsiDkEATgRAIA5BAnQiACMEaigCACIKIwUgAGooAgBqIQADQCAAIApKBEAjFSAKai0AACIGIAtzQbHz3fF5bCELIAYgDHNBlcnV+QVsIQwgCkEBaiEKDAELCwsgC0EDc0Gx893xeWwhCyAMQQNzQZXJ1fkFbCEMIAlBAnQiACMEaigCACIKIwUgAGooAgBqIQADQCAAIApKBEAjFSAKai0AACIGIAtzQbHz3fF5bCELIAYgDHNBlcnV+QVsIQwgCkEBaiEKDAELCyAIQQBOBH8jBSAIQQJ0aigCAEEASgVBAAsEQCALQQdzQbHz3fF5bCELIAxBB3NBlcnV+QVsIQwgCEECdCIAIwRqKAIAIgojBSAAaigCAGohAANAIAAgCkoEQCMVIApqLQAAIgYgC3NBsfPd8XlsIQsgBiAMc0GVydX5BWwhDCAKQQFqIQoMAQsLCyMRRAAAAAAAAPA/IAwgDEENdnNBtdzKlXxsIAsgC0EQdnNB65Svr3hscyIAIABBDXZzQbXcypV8bCAMIAxBEHZzQeuUr694bHNB////AHG4RAAAAAAAAPBBoiAAuKAiEyATRAAAAAAAAAAAYRsiE/wHp0H//z9xIgBBBXZBAnRqKAIAQQEgAHRxDQIjECMAQQN0aiATOQMAIwBBAWokAEEAJAoCQCAEIAVrQcACSg0AIwYhCkEAIQZBACELA0AgCyANTARAIAsgDUgEfyMEIAtBAnRqKAIABSAECyIAIAVrIgwgBmoiB0GAAkoNAiAGIApqIgYjFSAFaiAM/AoAACALQQJ0Ig8jB2ogBjYCACMIIA9qIAw2AgAgByEGIAsgDUgEQCMJIA9qQQFBAiMVIABBAWtqLQAAQSJGGzYCACAAIwUgD2ooAgBqIQULIAtBAWohCwwBCwsgCSQLIA4kDCAIJA0gDSQKCyAEIQAMAQsLIAAPCyAFCwQAIxALBgBBgMAACwQAIxYLBAAjFQvEAQIBfwF7A0AgAEEQaiICIAFMBEAjFSAAav0ABAAiA/0MICAgICAgICAgICAgICAgIP0mIAP9DAkJCQkJCQkJCQkJCQkJCQn9IyAD/QwKCgoKCgoKCgoKCgoKCgoK/SP9UCAD/QwNDQ0NDQ0NDQ0NDQ0NDQ0N/SP9UP1P/VNFBEAgAiEADAILCwsDQCAAIAFIBEAjFSAAai0AACICQQlHIAJBIElxIAJBCkdxIAJBDUdxBEAgAA8LIABBAWohAAwBCwsgAQsEACMSCwQAIxcLBAAjGAuJAQEDf0F/IQIDQCAAQRBqIAFMBEAjFSAAav0ABAD9DAoKCgoKCgoKCgoKCgoKCgr9I/1kIgQEQCADIARpaiEDIABBH2ogBGdrIQILIABBEGohAAwBCwsDQCAAIAFIBEAjFSAAai0AAEEKRgRAIANBAWohAyAAIQILIABBAWohAAwBCwsgAiQWIAMLC9kBCABBjAgLASwAQZgICyMCAAAAHAAAAEkAbgB2AGEAbABpAGQAIABsAGUAbgBnAHQAaABBvAgLATwAQcgICy0CAAAAJgAAAH4AbABpAGIALwBzAHQAYQB0AGkAYwBhAHIAcgBhAHkALgB0AHMAQfwICwE8AEGICQsvAgAAACgAAABBAGwAbABvAGMAYQB0AGkAbwBuACAAdABvAG8AIABsAGEAcgBnAGUAQbwJCwE8AEHICQslAgAAAB4AAAB+AGwAaQBiAC8AcgB0AC8AcwB0AHUAYgAuAHQAcw==";

// src/junit/pass-scan.ts
var enabled = true;
var instance;
var hashes;
var loaded;
var filterOwner;
var filterView;
var filterClear = true;
function load() {
  if (instance !== void 0) return instance;
  try {
    const module = new WebAssembly.Module(Buffer.from(PASS_SCAN_WASM, "base64"));
    instance = new WebAssembly.Instance(module, { env: { abort: () => void 0 } }).exports;
  } catch {
    instance = null;
  }
  return instance;
}
function inputRegion(x, size) {
  const base = x.inputOffset();
  const need = base + size - x.memory.buffer.byteLength;
  if (need > 0) {
    x.memory.grow(Math.ceil(need / 65536));
    hashes = void 0;
  }
  return base;
}
function hold(bytes) {
  if (!enabled) return void 0;
  const x = load();
  if (x === null) return void 0;
  if (loaded !== bytes) {
    const base = inputRegion(x, bytes.length + 64);
    new Uint8Array(x.memory.buffer, base, bytes.length).set(bytes);
    loaded = bytes;
  }
  return x;
}
function firstForbiddenByte(bytes, from) {
  const x = hold(bytes);
  return x === void 0 ? void 0 : x.firstForbidden(from, bytes.length);
}
var FILTER_WORDS = 1 << 15;
var PassFilter = class {
  words;
};
function inFilter(filter, hash) {
  const low = hash & 1048575;
  const words = filter.words;
  return words !== void 0 && (words[low >>> 5] & 1 << (low & 31)) !== 0;
}
function setFilterBit(filter, hash) {
  const low = hash & 1048575;
  const words = filter.words ??= new Uint32Array(FILTER_WORDS);
  const word = (words[low >>> 5] | 1 << (low & 31)) >>> 0;
  words[low >>> 5] = word;
  if (filterOwner === filter && instance) {
    if (filterView?.buffer !== instance.memory.buffer) filterView = new Uint32Array(instance.memory.buffer, instance.filterOffset(), FILTER_WORDS);
    filterView[low >>> 5] = word;
    filterClear = false;
  }
}
function scanPasses(bytes, start, end, h1, h2, filter) {
  const x = hold(bytes);
  if (x === void 0) return void 0;
  if (filterOwner !== filter) {
    if (filter.words !== void 0 || !filterClear) {
      filterView = new Uint32Array(x.memory.buffer, x.filterOffset(), FILTER_WORDS);
      if (filter.words) filterView.set(filter.words);
      else filterView.fill(0);
      filterClear = filter.words === void 0;
    }
    filterOwner = filter;
  }
  hashes ??= new Float64Array(x.memory.buffer, x.outputOffset(), x.outputCapacity());
  const stop = x.scan(start, end, h1 >>> 0, h2 >>> 0);
  return { end: stop, count: x.scanned(), hashes };
}
function countLineFeeds(bytes, end) {
  const x = hold(bytes);
  if (x === void 0) return void 0;
  const count = x.countLineFeeds(0, end);
  return { count, last: x.lastLineFeed() };
}
var SORT_MAX = 1 << 17;
function sortHashes(values) {
  if (!enabled || values.length > SORT_MAX) return void 0;
  const x = load();
  if (x === null) return void 0;
  const n = values.length;
  const base = inputRegion(x, n * 16);
  loaded = void 0;
  new Float64Array(x.memory.buffer, base, n).set(values);
  const at = x.sortKeys(base, base + n * 8, n);
  values.set(new Float64Array(x.memory.buffer, at, n));
  return x.distinctCount();
}
function releasePassScan() {
  loaded = void 0;
  filterOwner = void 0;
}

// src/junit/hashbag.ts
var WASM_SORT_MIN = 3e3;
var HashBag = class _HashBag {
  constructor(sorted, size) {
    this.sorted = sorted;
    this.size = size;
  }
  sorted;
  /** Distinct hashes. */
  size;
  /** Takes ownership of `values` (sorts it in place). */
  static of(values) {
    const size = values.length >= WASM_SORT_MIN ? sortHashes(values) : void 0;
    if (size !== void 0) return new _HashBag(values, size);
    new BigUint64Array(values.buffer, values.byteOffset, values.length).sort();
    return new _HashBag(values, distinct(values));
  }
  static union(bags) {
    if (bags.length === 1) return bags[0];
    const out = new Float64Array(bags.reduce((n, b) => n + b.sorted.length, 0));
    let o = 0;
    for (const b of bags) {
      out.set(b.sorted, o);
      o += b.sorted.length;
    }
    return _HashBag.of(out);
  }
  /** How many times `h` was added. */
  count(h) {
    const a = this.sorted;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (a[mid] < h) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < a.length && a[end] === h) end++;
    return end - lo;
  }
  /** Calls `fn(hash, times)` for every distinct hash, ascending. */
  forEach(fn) {
    const a = this.sorted;
    let i = 0;
    while (i < a.length) {
      const h = a[i];
      let j = i + 1;
      while (j < a.length && a[j] === h) j++;
      fn(h, j - i);
      i = j;
    }
  }
};
function distinct(sorted) {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) n++;
  return n;
}
var HashBuffer = class {
  // Starts small so that it grows a few times early in every read, while that code still runs unoptimised:
  // optimised code compiled before any growth would be thrown away ("insufficient type feedback") at the first.
  arr = new Float64Array(64);
  len = 0;
  push(v) {
    if (this.len === this.arr.length) {
      const next = new Float64Array(this.arr.length * 2);
      next.set(this.arr);
      this.arr = next;
    }
    this.arr[this.len++] = v;
  }
  /** Appends src[0 … count) (a whole run of passes in one copy: see ReportBuilder.emptyRun). */
  pushAll(src, count) {
    if (this.len + count > this.arr.length) {
      const next = new Float64Array(Math.max(this.arr.length * 2, this.len + count));
      next.set(this.arr.subarray(0, this.len));
      this.arr = next;
    }
    this.arr.set(src.subarray(0, count), this.len);
    this.len += count;
  }
  /** The values as a bag; the buffer is emptied. Copies when that frees over half the memory. */
  toBag() {
    const view = this.arr.subarray(0, this.len);
    const values = this.len * 2 < this.arr.length ? view.slice() : view;
    this.arr = new Float64Array(0);
    this.len = 0;
    return HashBag.of(values);
  }
};

// src/junit/identity.ts
function seedState() {
  return { h1: 3735928559, h2: 1103547991 };
}
function feed(st, s, sep) {
  let h1 = Math.imul(st.h1 ^ sep, 2654435761);
  let h2 = Math.imul(st.h2 ^ sep, 1597334677);
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  st.h1 = h1;
  st.h2 = h2;
}
function finish(h1In, h2In) {
  let h1 = h1In;
  let h2 = h2In;
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507);
  h1 ^= Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507);
  h2 ^= Math.imul(h1 ^ h1 >>> 13, 3266489909);
  const v = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return v === 0 ? 1 : v;
}
var SEP_SUITE = 1;
var SEP_CLASS = 2;
var SEP_NAME = 3;
var SEP_TRX = 4;
var SEP_FILE = 7;
var SEP_HOST = 8;
function suiteState(path) {
  const st = seedState();
  for (const s of path) feed(st, s, SEP_SUITE);
  return st;
}
function finishName(h1In, h2In, name, file) {
  let h1 = Math.imul(h1In ^ SEP_NAME, 2654435761);
  let h2 = Math.imul(h2In ^ SEP_NAME, 1597334677);
  for (let i = 0; i < name.length; i++) {
    const ch = name.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  if (file) {
    h1 = Math.imul(h1 ^ SEP_FILE, 2654435761);
    h2 = Math.imul(h2 ^ SEP_FILE, 1597334677);
    for (let i = 0; i < file.length; i++) {
      const ch = file.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  }
  return finish(h1, h2);
}
function caseHash(suite, classname, name, file) {
  const st = { h1: suite.h1, h2: suite.h2 };
  feed(st, classname, SEP_CLASS);
  return finishName(st.h1, st.h2, name, file);
}
function trxHash(testIdOrName) {
  const st = seedState();
  feed(st, testIdOrName, SEP_TRX);
  return finish(st.h1, st.h2);
}
var assigned = /* @__PURE__ */ new WeakMap();
function assignIdentity(c, h) {
  assigned.set(c, h);
}
function anonymousHash(file, seq) {
  const st = seedState();
  feed(st, file, 5);
  feed(st, String(seq), 6);
  return finish(st.h1, st.h2);
}
function identityOf(c) {
  const known = assigned.get(c);
  if (known !== void 0) return known;
  if (c.testId !== void 0) return trxHash(c.testId);
  return caseHash(suiteState(c.suite), c.classname ?? "", c.name, c.file);
}

// src/junit/fold.ts
function classify(bits) {
  if (bits & RUN_PASS) return bits & (RUN_FAIL | RUN_ERROR | RUN_MARKER) ? "flaky" : "passed";
  if (bits & RUN_ERROR) return "errored";
  if (bits & RUN_FAIL) return "failed";
  return "skipped";
}
function foldBits(prev, run) {
  if (run & (RUN_FAIL | RUN_ERROR)) return prev & ~RUN_PASS | run;
  return prev | run;
}
function packEntry(runs, bits) {
  return runs * 32 + bits;
}
function entryRuns(v) {
  return Math.floor(v / 32);
}
function entryBits(v) {
  return v % 32;
}
function foldIndexes(indexes) {
  let other;
  if (indexes.length === 1) {
    other = indexes[0].other;
  } else {
    other = /* @__PURE__ */ new Map();
    for (const ix of indexes) {
      for (const [h, v] of other) {
        if (!ix.other.has(h) && ix.passed.count(h) > 0) other.set(h, packEntry(entryRuns(v), foldBits(entryBits(v), RUN_PASS)));
      }
      for (const [h, v] of ix.other) {
        const prev = other.get(h);
        if (prev === void 0) {
          other.set(h, v);
        } else {
          const bits = v & RUN_PASS ? entryBits(prev) | entryBits(v) : entryBits(prev) & ~RUN_PASS | entryBits(v);
          other.set(h, packEntry(entryRuns(prev) + entryRuns(v), bits));
        }
      }
    }
  }
  const passed = HashBag.union(indexes.map((i) => i.passed));
  const skipped = HashBag.union(indexes.map((i) => i.skipped));
  const counts = zeroCounts();
  let uniquePassed = passed.size;
  let uniqueSkipped = skipped.size;
  const tests = /* @__PURE__ */ new Map();
  for (const [h, v] of other) {
    const pc = passed.count(h);
    const sc = skipped.count(h);
    if (pc > 0) uniquePassed--;
    if (sc > 0) uniqueSkipped--;
    const status = classify(entryBits(v));
    counts[status]++;
    tests.set(h, { status, runs: entryRuns(v) + pc + sc });
  }
  skipped.forEach((h) => {
    if (!other.has(h) && passed.count(h) > 0) uniqueSkipped--;
  });
  counts.passed += uniquePassed;
  counts.skipped += uniqueSkipped;
  counts.tests = counts.passed + counts.failed + counts.errored + counts.skipped + counts.flaky;
  return { counts, tests, passed, skipped };
}
function applyFold(cases, folded) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const ordered = [...cases.filter(([c]) => c.status !== "skipped"), ...cases.filter(([c]) => c.status === "skipped")];
  for (const [c, h] of ordered) {
    if (seen.has(h)) continue;
    const t = folded.tests.get(h);
    if (t) {
      c.status = t.status;
      c.runs = t.runs;
    } else {
      if (folded.passed.count(h) > 0) continue;
      c.status = "skipped";
      c.runs = Math.max(1, folded.skipped.count(h));
    }
    seen.add(h);
    out.push(c);
  }
  const order = new Map(cases.map(([c], i) => [c, i]));
  return out.sort((a, b) => order.get(a) - order.get(b));
}
function mergeReports(reports) {
  const indexed = reports.filter((r) => r.runIndex !== void 0);
  const plain = reports.filter((r) => r.runIndex === void 0);
  const counts = zeroCounts();
  let cases = [];
  if (indexed.length > 0) {
    const folded = foldIndexes(indexed.map((r) => r.runIndex));
    addCounts(counts, folded.counts);
    const all = [];
    for (const r of indexed) {
      for (const c of r.cases) all.push([{ ...c, suite: [...c.suite] }, identityOf(c)]);
      if (r.fromAttributes) addCounts(counts, { ...r.fromAttributes, flakyMarkers: 0 });
      counts.flakyMarkers += r.counts.flakyMarkers;
    }
    cases = applyFold(all, folded);
  }
  for (const r of plain) {
    addCounts(counts, r.byTest ?? r.counts);
    for (const c of r.cases) cases.push({ ...c, suite: [...c.suite] });
  }
  return { counts, cases };
}

// builtin-require:node:buffer
var m = __require("node:buffer");
var isAscii = /* @__PURE__ */ (() => m.isAscii)();

// src/junit/duration.ts
var UNIT_MS = { ns: 1e-6, us: 1e-3, \u00B5s: 1e-3, ms: 1, s: 1e3, sec: 1e3, m: 6e4, min: 6e4, h: 36e5 };
var ms = (x) => Math.round(x * 1e6) / 1e6;
function parseDurationMs(raw) {
  if (raw === void 0) return void 0;
  const fast = Number(raw);
  if (raw !== "" && Number.isFinite(fast)) return fast >= 0 ? ms(fast * 1e3) : void 0;
  let s = raw.trim();
  if (s === "") return void 0;
  if (s.includes(",")) s = s.includes(".") ? s.replace(/,/g, "") : s.replace(",", ".");
  const plain = Number(s);
  if (Number.isFinite(plain)) return plain >= 0 ? ms(plain * 1e3) : void 0;
  const span = /^(?:(\d+)\.)?(\d+):(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(s);
  if (span) {
    const [, days, h, m2, sec] = span;
    return ms(((Number(days ?? 0) * 24 + Number(h)) * 3600 + Number(m2) * 60 + Number(sec)) * 1e3);
  }
  const re = /(\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*(ns|us|µs|ms|sec|min|s|m|h)/gy;
  let total = 0;
  let matched = false;
  let at = 0;
  for (let m2 = re.exec(s); m2; m2 = re.exec(s)) {
    total += Number(m2[1]) * UNIT_MS[m2[2]];
    matched = true;
    at = re.lastIndex;
    while (s[at] === " ") at++;
    re.lastIndex = at;
  }
  return matched && at === s.length ? ms(total) : void 0;
}

// src/junit/stack.ts
var LIBRARY = /(?:^|[\\/])(?:node_modules|site-packages|dist-packages|\.cargo[\\/]registry|rustc|jdk|\.m2)(?:[\\/]|$)|^node:|^internal[\\/]|<frozen |^\/usr\/(?:local\/)?(?:lib|include|go)\/|[\\/]lib[\\/]python\d[\d.]*[\\/]|[\\/]go[\\/]src[\\/](?:runtime|testing|reflect)[\\/]|^(?:runtime|testing)[\\/]/;
var JAVA_FRAMEWORK = /^(?:java|javax|jdk|sun|com\.sun|kotlin|kotlinx|scala|org\.junit|junit|org\.testng|org\.hamcrest|org\.assertj|org\.opentest4j|org\.mockito|org\.apache\.maven|org\.gradle|worker\.org\.gradle|org\.scalatest|org\.spockframework|org\.codehaus\.groovy|groovy|io\.kotest|org\.apache\.tools\.ant)\./;
var JAVA_FRAME = /\bat\s+(?:[\w.$@-]*\/)*([\w$]+(?:\.[\w$]+)*)\.([\w$<>-]+)\(([\w$.-]+\.(?:java|kt|kts|scala|groovy|clj)):(\d+)\)/g;
var DOTNET_FRAME = /\bat\s+([\w.`+<>$]+)[^\n]*? in (.+?):line (\d+)/g;
var PY_FRAME = /File "([^"]+)", line (\d+)/g;
var PYTEST_LOC = /^([^\s:"'()]+\.py):(\d+): /gm;
var JS_FRAME = /^\s*at (?:.*?\()?((?:file:\/\/)?(?:[A-Za-z]:)?[^\s():]+\.(?:[cm]?[jt]sx?|vue|svelte|coffee)):(\d+)(?::\d+)?\)?\s*$/gm;
var JS_INLINE_FRAME = /\(((?:file:\/\/)?(?:[A-Za-z]:)?[^\s():]+\.(?:[cm]?[jt]sx?|vue|svelte|coffee)):(\d+):\d+\)/g;
var JS_PLACE = /(?:^|[\s›(])((?:[A-Za-z]:)?[^\s():'"›]+\.(?:[cm]?[jt]sx?)):(\d+):\d+\b/gm;
var TAP_LOCATION = /\blocation: ?['"]?((?:file:\/\/)?(?:[A-Za-z]:)?[^\s():'"]+\.(?:[cm]?[jt]sx?)):(\d+):\d+/g;
var VITEST_FRAME = /^\s*\u276f (?:[^\s:]+ )?((?:file:\/\/)?(?:[A-Za-z]:)?[^\s():]+\.(?:[cm]?[jt]sx?|vue|svelte)):(\d+)(?::\d+)?\s*$/gm;
var BATS_LOC = /\bin test file ([^,()\n]+), line (\d+)\)/g;
var BOOST_LOC = /^- file\s*: ([^\n]+?)\s*\n- line\s*: (\d+)/gm;
var GO_LOC = /^\s*([\w.\-/\\]+\.go):(\d+)\b/gm;
var PERL_LOC = /\bat ([^\s"']+\.(?:t|pl|pm)) line (\d+)\b/g;
var ERLANG_LOC = /\(([^\s(),]+\.(?:erl|hrl|ex|exs)), line (\d+)\)/g;
var RUST_LOC = /(?:panicked|did not panic as expected) at (?:'[^\n]*', )?([^\s:'"]+\.rs):(\d+)(?::\d+)?/g;
var GENERIC_LOC = /(?:^|[\s"'([])((?:[A-Za-z]:)?[\w.\-/\\]*\w\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm|swift|php|rb|ex|exs|erl|dart|cs|fs|vb|lua|pl|r|R|zig|nim|d|feature)):(\d+)\b|(?:^|[\s"'([])((?:[A-Za-z]:)?[\w.\-/\\]*\w\.(?:c|cc|cpp|cxx|h|hpp))\((\d+)\)/gm;
function isLibrary(file) {
  return LIBRARY.test(file);
}
function located(file, line) {
  const n = Number(line);
  if (!Number.isInteger(n) || n <= 0) return void 0;
  return { file, line: n };
}
function basename(p) {
  const i = Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\"));
  return i >= 0 ? p.slice(i + 1) : p;
}
function outerClass(cls) {
  const i = cls.indexOf("$");
  return i >= 0 ? cls.slice(0, i) : cls;
}
function fromJava(text, hint) {
  let firstOwn;
  for (const m2 of text.matchAll(JAVA_FRAME)) {
    const cls = m2[1];
    const fileName = m2[3];
    const dot = cls.lastIndexOf(".");
    const pkg = dot > 0 ? cls.slice(0, dot).replace(/\./g, "/") : "";
    const loc = located(pkg ? `${pkg}/${fileName}` : fileName, m2[4]);
    if (!loc) continue;
    if (hint.classname && outerClass(cls) === outerClass(hint.classname)) return loc;
    if (!firstOwn && !JAVA_FRAMEWORK.test(cls)) firstOwn = loc;
  }
  return firstOwn;
}
function fromDotnet(text, hint) {
  let first;
  for (const m2 of text.matchAll(DOTNET_FRAME)) {
    const loc = located(m2[2].trim(), m2[3]);
    if (!loc) continue;
    const method = m2[1];
    if (hint.classname && method.startsWith(`${hint.classname}.`)) return loc;
    first ??= loc;
  }
  return first;
}
function fromPython(text, hint) {
  const moduleFile = hint.classname ? hint.classname.split(".").filter((p) => !/^[A-Z]/.test(p)).join("/") + ".py" : "";
  for (const m2 of text.matchAll(PYTEST_LOC)) {
    const file = m2[1];
    if (!isLibrary(file)) return located(file, m2[2]);
  }
  let lastOwn;
  const last = text.lastIndexOf("Traceback (most recent call last):");
  for (const m2 of (last > 0 ? text.slice(last) : text).matchAll(PY_FRAME)) {
    const file = m2[1];
    if (isLibrary(file)) continue;
    const loc = located(file, m2[2]);
    if (!loc) continue;
    if (moduleFile && file.replace(/\\/g, "/").endsWith(moduleFile)) return loc;
    lastOwn = loc;
  }
  return lastOwn;
}
function firstNonLibrary(re, text, prefer) {
  let first;
  for (const m2 of text.matchAll(re)) {
    let file = m2[1];
    if (file.startsWith("file://")) file = decodeURI(file.slice("file://".length));
    if (isLibrary(file)) continue;
    const loc = located(file, m2[2]);
    if (!loc) continue;
    if (!prefer || prefer(file)) return loc;
    first ??= loc;
  }
  return first;
}
function fromGeneric(text) {
  for (const m2 of text.matchAll(GENERIC_LOC)) {
    const file = m2[1] ?? m2[3];
    if (isLibrary(file)) continue;
    const loc = located(file, m2[2] ?? m2[4]);
    if (loc) return loc;
  }
  return void 0;
}
function locateInStack(text, hint = {}) {
  if (!text) return void 0;
  const found = (text.includes(":line ") ? fromDotnet(text, hint) : void 0) ?? (text.includes("at ") && text.includes("(") ? fromJava(text, hint) : void 0) ?? (text.includes(".py") ? fromPython(text, hint) : void 0) ?? (text.includes("at ") ? firstNonLibrary(JS_FRAME, text) : void 0) ?? (text.includes("\u276F") ? firstNonLibrary(VITEST_FRAME, text) : void 0) ?? (text.includes(".go:") ? firstNonLibrary(GO_LOC, text, (f) => f.endsWith("_test.go")) : void 0) ?? (text.includes("in test file ") ? firstNonLibrary(BATS_LOC, text) : void 0) ?? (text.includes("- line") ? firstNonLibrary(BOOST_LOC, text) : void 0) ?? (text.includes("panic") ? firstNonLibrary(RUST_LOC, text) : void 0) ?? (text.includes(" line ") ? firstNonLibrary(PERL_LOC, text) ?? firstNonLibrary(ERLANG_LOC, text) : void 0) ?? fromGeneric(text) ?? (text.includes("(") ? firstNonLibrary(JS_INLINE_FRAME, text) : void 0) ?? (text.includes("location:") ? firstNonLibrary(TAP_LOCATION, text) : void 0) ?? firstNonLibrary(JS_PLACE, text);
  if (!found || !hint.file) return found;
  const want = basename(hint.file);
  const inFile = (f) => basename(f) === want;
  for (const loc of [found, fromGeneric(text), firstNonLibrary(JS_FRAME, text, inFile), firstNonLibrary(VITEST_FRAME, text, inFile), firstNonLibrary(JS_INLINE_FRAME, text, inFile)]) {
    if (loc && basename(loc.file) === want) return { file: hint.file, line: loc.line };
  }
  return void 0;
}

// src/junit/text.ts
var MARK = "\u2026 [truncated]";
var MARK_BYTES = Buffer.byteLength(MARK);
function truncateUtf8(s, maxBytes) {
  if (s.length * 3 <= maxBytes) return s;
  const bytes = Buffer.byteLength(s);
  if (bytes <= maxBytes) return s;
  if (maxBytes <= MARK_BYTES) return MARK.slice(0, Math.max(0, maxBytes));
  const buf = Buffer.from(s.slice(0, maxBytes));
  let end = maxBytes - MARK_BYTES;
  while (end > 0 && (buf[end] & 192) === 128) end--;
  return buf.toString("utf8", 0, end) + MARK;
}
var TextBuffer = class {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
  }
  maxBytes;
  parts = [];
  chars = 0;
  add(s) {
    if (this.chars > this.maxBytes) return;
    this.parts.push(s);
    this.chars += s.length;
  }
  get empty() {
    return this.chars === 0;
  }
  value() {
    return truncateUtf8(this.parts.join(""), this.maxBytes);
  }
};
function cleanText(s, maxBytes) {
  if (s === void 0) return void 0;
  const t = s.replace(/\r\n?/g, "\n").trim();
  if (t === "") return void 0;
  return truncateUtf8(t, maxBytes);
}

// src/junit/builder.ts
var MAX_DEPTH = 1e4;
var MAX_SUITE_PATH = 32;
var MAX_DISAGREEMENTS = 200;
var MAX_SUITE_FAILURES = 50;
var RunState = class {
  depth = 0;
  name = "";
  classname = "";
  durationMs;
  /** JUnit: raw attributes used only if the case is kept (file, line, time). */
  file;
  /** JUnit: what tells this test apart beyond its names (identityKey: file, id, group). */
  key;
  /** JUnit: the first failure's or error's own place (CxxTest writes the assertion's there). */
  failFile;
  failLine;
  /** JUnit: a failing case's <system-err>, where the place is looked for last (WebdriverIO's stack is there). */
  sysErr;
  line;
  time;
  skipByStatus = false;
  hasFailure = false;
  hasError = false;
  hasSkipped = false;
  failureCount = 0;
  markers = 0;
  message;
  type;
  details;
  markerMessage;
  markerType;
  markerDetails;
  skipMessage;
  /** JUnit: the text of a <skipped> with no message attribute (Surefire puts an assumption's reason there). */
  skipText;
  /** Captured text of an element used as the message (TRX <Message>, NUnit <message>). */
  messageText;
  testId;
  /** TRX/NUnit result words. */
  outcome = "";
  label = "";
  /** TRX: this result has inner results (data-driven parent: not counted itself). */
  hasInner = false;
  reset(depth) {
    this.depth = depth;
    this.name = "";
    this.classname = "";
    this.durationMs = void 0;
    this.file = void 0;
    this.key = void 0;
    this.failFile = void 0;
    this.failLine = void 0;
    this.sysErr = void 0;
    this.line = void 0;
    this.time = void 0;
    this.skipByStatus = false;
    this.hasFailure = false;
    this.hasError = false;
    this.hasSkipped = false;
    this.failureCount = 0;
    this.markers = 0;
    this.message = void 0;
    this.type = void 0;
    this.details = void 0;
    this.markerMessage = void 0;
    this.markerType = void 0;
    this.markerDetails = void 0;
    this.skipMessage = void 0;
    this.skipText = void 0;
    this.messageText = void 0;
    this.testId = void 0;
    this.outcome = "";
    this.label = "";
    this.hasInner = false;
  }
};
function num(v) {
  if (v === void 0) return NaN;
  const t = v.trim();
  if (t === "") return NaN;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? n : NaN;
}
function fin(n) {
  return Number.isNaN(n) ? 0 : n;
}
function skippedAttr(a) {
  const s = num(a.skipped ?? a.skips);
  const d = num(a.disabled);
  if (Number.isNaN(s) && Number.isNaN(d)) return NaN;
  return fin(s) + fin(d);
}
function lineAttr(v, add = 0) {
  if (v === void 0 || v.trim() === "") return void 0;
  const n = Number(v) + add;
  return Number.isInteger(n) && n > 0 ? n : void 0;
}
var NO_ATTRS = {};
var SKIP_STATUS = /* @__PURE__ */ new Set(["disabled", "notrun", "skipped", "ignored"]);
var MARKERS = /* @__PURE__ */ new Set(["flakyFailure", "flakyError", "rerunFailure", "rerunError"]);
var ReportBuilder = class {
  constructor(file, opts, position) {
    this.file = file;
    this.position = position;
    this.o = { ...DEFAULT_READ_OPTIONS, ...stripUndefined(opts) };
  }
  file;
  position;
  o;
  format;
  /**
   * The root is not a test report's: `error` is thrown by `finish` (the rest of the file is only checked);
   * `note` says it shortly, for an error found later in the file (read.ts adds it to that message).
   */
  notReport;
  producer;
  /**
   * Every case is a test of its own, whatever its names: the producer's document order is not the run order
   * and it repeats names for different tests (TestNG: a data provider's rows share the method's name, and
   * JUnitReportReporter writes cases in hash order), so a repeated name cannot be read as a rerun.
   */
  noFold = false;
  depth = 0;
  counts = zeroCounts();
  fromAttributes;
  disagreements = [];
  suiteFailures = [];
  /** An <error>/<failure> outside any test case, while it is open (its text is captured). */
  suiteError;
  suites = [];
  passed = new HashBuffer();
  skipped = new HashBuffer();
  other = /* @__PURE__ */ new Map();
  /** 2^20-bit filter over the low hash bits of `other`'s keys: most passes skip the Map lookup. */
  otherBits = new PassFilter();
  kept = [];
  keptFailing = 0;
  keptSkipped = 0;
  rootDurationMs;
  sumDurationMs = 0;
  sawDuration = false;
  /** Current run (JUnit/NUnit: one reused object; TRX: a stack for inner results). */
  run = new RunState();
  inRun = false;
  trxRuns = [];
  /** Where character data goes, if anywhere. */
  capture;
  captureDepth = 0;
  /** Depth of a subtree (e.g. system-out inside flakyFailure) whose text is not wanted; 0 = none. */
  muteDepth = 0;
  /**
   * Text is wanted now (capture set, muteDepth 0); the tokenizer only checks text, without copying it,
   * otherwise. A field rather than a getter: it is read between every two tags.
   */
  wantsText = false;
  /** TRX: kept cases by test id, to fill in class names from <TestDefinitions>. */
  trxKept = /* @__PURE__ */ new Map();
  trxDefId;
  /** Depth of the current result's <ErrorInfo> (0 = outside). */
  trxErrorDepth = 0;
  trxCounters;
  trxStart;
  trxFinish;
  /** NUnit: inside <failure>/<reason> of the current case. */
  nunitIn;
  nunitRoot;
  get started() {
    return this.format !== void 0;
  }
  /** Text is being collected (an element whose text is kept is open). */
  get capturing() {
    return this.capture !== void 0;
  }
  /** Largest text the model can keep, in characters (the tokenizer's own buffers may be trimmed to this). */
  get textLimit() {
    return Math.max(this.o.maxMessageBytes, this.o.maxDetailsBytes);
  }
  text(s) {
    if (this.capture && this.muteDepth === 0) this.capture.add(s);
  }
  /** A DOCTYPE before the root: refused before anything in it is read. */
  doctype() {
    throw dtdError(this.file, this.position());
  }
  /** A comment before the root: TestNG's reporters sign their files there. */
  prologComment(text) {
    const testng = /Generated by org\.testng\.reporters\.(\w+)/.exec(text);
    if (testng) {
      this.producer = `testng (${testng[1]})`;
      this.noFold = true;
    }
  }
  // open, close, empty, openCase and finishRun run for every test case. In a fresh process V8 optimises each
  // hot function on its own, on background threads that compete with the reading for the CPU: so they are
  // few, and hold little that is not needed for every case; the rest is in functions that run rarely.
  open(tag) {
    const depth = ++this.depth;
    if (depth === 1) this.root(tag);
    else if (depth > MAX_DEPTH) this.tooDeep();
    const format = this.format;
    if (format === "junit") {
      if (this.inRun) this.junitCaseChild(tag, depth);
      else if (tag.name === "testcase") this.openCase(tag, depth);
      else this.junitOther(tag, depth);
    } else if (format === "trx") {
      this.trxOpen(tag, depth);
    } else if (format === "nunit3") {
      this.nunitOpen(tag, depth);
    }
  }
  close() {
    const depth = this.depth--;
    if (this.capture && depth === this.captureDepth) this.endCapture();
    if (depth === this.muteDepth) this.unmute();
    const format = this.format;
    if (format === "junit") {
      if (!this.inRun) this.junitClose(depth);
      else if (depth === this.run.depth) {
        this.inRun = false;
        this.finishRun(this.run, this.suites[this.suites.length - 1]);
      }
    } else if (format === "trx") {
      this.trxClose(depth);
    } else if (format === "nunit3") {
      this.nunitClose(depth);
    }
  }
  /**
   * An empty element: a <testcase/> that is a plain pass (as Surefire, pytest and others write passing cases)
   * is recorded here in one go, as open and then close would record it; anything else is left to them.
   */
  empty(tag) {
    if (this.format !== "junit" || this.inRun || tag.name !== "testcase" || this.depth >= MAX_DEPTH) return false;
    let name = "";
    let classname;
    let cls;
    let file;
    let filepath;
    let id;
    let group;
    const names = tag.names;
    const values = tag.values;
    for (let i = 0; i < tag.count; i++) {
      const v = values[i];
      switch (names[i]) {
        case "name":
          name = v;
          break;
        case "classname":
          classname = v;
          break;
        case "class":
          cls = v;
          break;
        case "file":
          file = v;
          break;
        case "filepath":
          filepath = v;
          break;
        case "id":
          id = v;
          break;
        case "group":
          group = v;
          break;
        case "status":
          return false;
        // skipped, or Bazel's
        default:
      }
    }
    const suite = this.suites[this.suites.length - 1];
    if (name === "" || suite === void 0 || this.noFold) return false;
    this.countRun("passed", 0, suite);
    this.addPass(suiteCaseHash(suite, classname ?? cls ?? "", name, identityKey(file ?? filepath, id, group)));
    return true;
  }
  /**
   * A run of plain passing cases read straight from the input bytes (src/junit/pass-scan.ts): what `empty`
   * would record for each, in one go. Returns where the run ended (`start`: nothing taken).
   */
  emptyRun(bytes, start, end) {
    if (bytes[start + 1] !== 116 || this.format !== "junit" || this.inRun || this.depth >= MAX_DEPTH || this.noFold) return start;
    const suite = this.suites[this.suites.length - 1];
    if (suite === void 0) return start;
    let pos = start;
    for (; ; ) {
      const run = scanPasses(bytes, pos, end, suite.hash.h1, suite.hash.h2, this.otherBits);
      if (run === void 0 || run.count === 0) return run === void 0 ? pos : Math.max(pos, run.end);
      const c = this.counts;
      c.tests += run.count;
      c.passed += run.count;
      suite.tests += run.count;
      suite.content = true;
      this.passed.pushAll(run.hashes, run.count);
      pos = run.end;
      if (run.count < run.hashes.length) return pos;
    }
  }
  tooDeep() {
    throw new JUnitReadError(this.file, "not-junit", `elements nested deeper than ${MAX_DEPTH} levels: this is not a test report`, this.position());
  }
  root(tag) {
    const a = tag.toObject();
    const prefixedJUnit = tag.name.includes(":") && /^testsuites?$/.test(localName(tag.name));
    switch (prefixedJUnit ? "" : localName(tag.name)) {
      case "testsuites":
      case "testsuite":
        this.format = "junit";
        this.rootDurationMs = parseDurationMs(a.time);
        if (tag.name === "testsuites") this.pushSuite(a, 1, true);
        if (this.producer === void 0) this.guessRoot(a);
        return;
      case "TestRun":
        this.format = "trx";
        this.producer = "vstest (trx)";
        return;
      case "test-run":
        this.format = "nunit3";
        this.producer = a["engine-version"] ? `nunit3 (engine ${a["engine-version"]})` : "nunit3";
        this.nunitRoot = a;
        this.rootDurationMs = parseDurationMs(a.duration);
        this.pushSuite({}, 1, true);
        return;
      default: {
        const hint = NOT_JUNIT_HINTS[tag.name] ?? (prefixedJUnit ? "JUnit is read without a namespace prefix (its test cases would not be recognised); write it unprefixed" : "expected <testsuites>, <testsuite>, <TestRun> (TRX) or <test-run> (NUnit 3)");
        this.notReport = {
          note: `its root element <${tag.name}> is not a test report's either (${hint})`,
          error: new JUnitReadError(
            this.file,
            "not-junit",
            `not a test report: root element is <${tag.name}>; ${hint}. Point the tests job's junit glob at the JUnit XML files only`,
            this.position()
          )
        };
      }
    }
  }
  // ---------------------------------------------------------------- capture
  startCapture(buf, depth) {
    this.capture = buf;
    this.captureDepth = depth;
    this.wantsText = this.muteDepth === 0;
  }
  endCapture() {
    this.capture = void 0;
    this.captureDepth = 0;
    this.muteDepth = 0;
    this.wantsText = false;
  }
  mute(depth) {
    this.muteDepth = depth;
    this.wantsText = false;
  }
  unmute() {
    this.muteDepth = 0;
    this.wantsText = this.capture !== void 0;
  }
  // ---------------------------------------------------------------- suites
  pushSuite(a, depth, collection) {
    const parent = this.suites[this.suites.length - 1];
    const name = collection ? "" : (a.name ?? "").trim();
    let path = parent ? parent.path : [];
    let hash = parent ? parent.hash : { h1: 3735928559, h2: 1103547991 };
    if (name !== "") {
      path = path.length < MAX_SUITE_PATH ? [...path, own(name)] : [...path.slice(0, MAX_SUITE_PATH - 2), "\u2026", own(name)];
      hash = { h1: hash.h1, h2: hash.h2 };
      feed(hash, name, SEP_SUITE);
    }
    const host = a.hostname;
    if (host !== void 0 && host !== "") {
      hash = { h1: hash.h1, h2: hash.h2 };
      feed(hash, host, SEP_HOST);
    }
    const f = {
      depth,
      collection,
      path,
      hash,
      aTests: num(a.tests),
      aFailures: num(a.failures),
      aErrors: num(a.errors),
      aSkipped: skippedAttr(a),
      aDisabledOnly: a.skipped === void 0 && a.skips === void 0 && a.disabled !== void 0,
      tests: 0,
      failed: 0,
      errored: 0,
      skipped: 0,
      content: false,
      flagged: false,
      lastClass: void 0,
      classH1: 0,
      classH2: 0
    };
    this.suites.push(f);
    return f;
  }
  popSuite() {
    const f = this.suites.pop();
    if (!f) return;
    if (!f.flagged && f.content && fin(f.aFailures) + fin(f.aErrors) > 0 && f.failed + f.errored === 0) {
      const n = fin(f.aFailures) + fin(f.aErrors);
      this.addSuiteFailure(f, "attributes", `its attributes count ${n} failure${n === 1 ? "" : "s"}, but none of its test cases failed: a test may have crashed before it was written`);
    }
    this.compare(f, "tests", f.aTests, f.tests);
    this.compare(f, "failures", f.aFailures, f.failed);
    this.compare(f, "errors", f.aErrors, f.errored);
    if (!f.aDisabledOnly || f.skipped < f.aSkipped) this.compare(f, "skipped", f.aSkipped, f.skipped);
    if (!f.content) this.fillFromAttributes(f, f.aTests, f.aFailures, f.aErrors, f.aSkipped);
    const parent = this.suites[this.suites.length - 1];
    if (parent) {
      parent.tests += f.tests;
      parent.failed += f.failed;
      parent.errored += f.errored;
      parent.skipped += f.skipped;
      parent.content ||= f.content;
      parent.flagged ||= f.flagged;
    }
  }
  /** Records a failure outside the test cases (SuiteFailure) against `f` (undefined: the root). */
  addSuiteFailure(f, kind, message, at) {
    if (f) f.flagged = true;
    if (this.suiteFailures.length >= MAX_SUITE_FAILURES) return;
    const suite = f && f.path.length > 0 ? f.path.join(" \u203A ") : "(root)";
    this.suiteFailures.push({ suite, kind, message, ...at ? { file: at.file, line: at.line } : {} });
  }
  /** Records a disagreement of a suite's attribute (`where`: the suite, or a label) with its cases. */
  compare(where, attribute, attributeValue, fromCases) {
    if (Number.isNaN(attributeValue) || attributeValue === fromCases) return;
    if (this.disagreements.length < MAX_DISAGREEMENTS) {
      const suite = typeof where === "string" ? where : where.path.length > 0 ? where.path.join(" \u203A ") : "(root)";
      this.disagreements.push({ suite, attribute, attributeValue, fromCases });
    }
  }
  /** A suite that lists no test cases at all takes its counts from its own attributes. */
  fillFromAttributes(f, aTests, aFailures, aErrors, aSkipped) {
    const failed = fin(aFailures);
    const errored = fin(aErrors);
    const skipped = fin(aSkipped);
    const tests = Math.max(fin(aTests), failed + errored + skipped);
    if (tests === 0) return;
    const c = { tests, passed: tests - failed - errored - skipped, failed, errored, skipped, flaky: 0, flakyMarkers: 0 };
    addCounts(this.counts, c);
    this.fromAttributes = addCounts(this.fromAttributes ?? zeroCounts(), c);
    if (f) {
      f.tests = tests;
      f.failed = failed;
      f.errored = errored;
      f.skipped = skipped;
      f.content = true;
    }
  }
  // ---------------------------------------------------------------- JUnit
  /** An element inside a <testcase>: failure, error, skipped, flaky markers (and whatever is inside those). */
  junitCaseChild(tag, depth) {
    const name = tag.name;
    const r = this.run;
    if (depth !== r.depth + 1) {
      if (this.capture && this.muteDepth === 0 && (name === "system-out" || name === "system-err")) this.mute(depth);
      return;
    }
    switch (name) {
      case "failure":
      case "error":
        if (name === "error") r.hasError = true;
        else r.hasFailure = true;
        if (r.failureCount++ === 0) {
          r.message = tag.get("message");
          r.type = tag.get("type");
          r.failFile = tag.get("file");
          if (r.failFile !== void 0) r.failLine = tag.get("line");
          r.details = new TextBuffer(this.o.maxDetailsBytes);
          this.startCapture(r.details, depth);
        }
        return;
      case "system-err":
        if (r.failureCount > 0 && !r.sysErr && !this.capture && (r.details === void 0 || r.details.value().trim() === "")) {
          r.sysErr = new TextBuffer(this.o.maxDetailsBytes);
          this.startCapture(r.sysErr, depth);
        }
        return;
      case "skipped":
      case "aborted":
        r.hasSkipped = true;
        r.skipMessage ??= tag.get("message");
        if (r.skipMessage === void 0 && !r.skipText && !this.capture) {
          r.skipText = new TextBuffer(this.o.maxMessageBytes);
          this.startCapture(r.skipText, depth);
        }
        return;
      default:
        if (MARKERS.has(name)) {
          if (r.markers++ === 0) {
            r.markerMessage = tag.get("message");
            r.markerType = tag.get("type");
            r.markerDetails = new TextBuffer(this.o.maxDetailsBytes);
            this.startCapture(r.markerDetails, depth);
          }
          this.producer ??= "surefire";
        }
    }
  }
  openCase(tag, depth) {
    const r = this.run;
    r.reset(depth);
    this.inRun = true;
    let status;
    let classname;
    let cls;
    let file;
    let filepath;
    let line;
    let lineno;
    let id;
    let group;
    let bazel = false;
    const names = tag.names;
    const values = tag.values;
    for (let i = 0; i < tag.count; i++) {
      const v = values[i];
      switch (names[i]) {
        case "name":
          r.name = v;
          break;
        case "classname":
          classname = v;
          break;
        case "class":
          cls = v;
          break;
        case "status":
          status = v;
          break;
        case "time":
          r.time = v;
          break;
        case "file":
          file = v;
          break;
        case "filepath":
          filepath = v;
          break;
        case "line":
          line = v;
          break;
        case "lineno":
          lineno = v;
          break;
        case "id":
          id = v;
          break;
        case "group":
          group = v;
          break;
        case "duration":
          bazel = true;
          break;
        default:
      }
    }
    r.classname = classname ?? cls ?? "";
    r.file = file ?? filepath;
    r.key = identityKey(r.file, id, group);
    r.line = line ?? lineno;
    if (status !== void 0) this.caseStatus(status, bazel);
  }
  /** The status attribute of a <testcase> (skipped ones; Bazel writes status="run"). */
  caseStatus(status, bazel) {
    if (SKIP_STATUS.has(status.toLowerCase())) this.run.skipByStatus = true;
    if (this.producer === void 0 && status === "run" && bazel) this.producer = "bazel";
  }
  /** A JUnit element outside any <testcase>. */
  junitOther(tag, depth) {
    switch (tag.name) {
      case "error":
      case "failure":
        if (this.suiteError === void 0 && this.capture === void 0) {
          const text = new TextBuffer(this.o.maxDetailsBytes);
          this.suiteError = { depth, name: tag.name, message: tag.get("message"), text };
          this.startCapture(text, depth);
        }
        return;
      case "testsuite": {
        const a = tag.toObject();
        this.pushSuite(a, depth, false);
        if (this.producer === void 0) this.guessSuite(a);
        if (depth <= 2 && this.rootDurationMs === void 0) {
          const d = parseDurationMs(a.time);
          if (d !== void 0) {
            this.sumDurationMs += d;
            this.sawDuration = true;
          }
        }
        return;
      }
      case "property":
        if (this.producer === void 0) this.guessProperty(tag.toObject());
        else if (this.producer === "surefire" && this.kept.length === 0 && this.counts.tests === 0) this.surefireProvider(tag);
        return;
      default:
    }
  }
  /** The end of a JUnit element outside any <testcase>. */
  junitClose(depth) {
    const e = this.suiteError;
    if (e && e.depth === depth) {
      this.suiteError = void 0;
      const text = e.text.value();
      const message = cleanText(e.message ?? firstLine(text), this.o.maxMessageBytes) ?? `an <${e.name}> with no message`;
      this.addSuiteFailure(this.suites[this.suites.length - 1], "element", message, locateInStack(text ?? e.message));
      return;
    }
    const top = this.suites[this.suites.length - 1];
    if (top && top.depth === depth) this.popSuite();
  }
  // ---------------------------------------------------------------- TRX
  trxOpen(tag, depth) {
    const a = tag.count > 0 ? tag.toObject() : NO_ATTRS;
    const cur = this.trxRuns[this.trxRuns.length - 1];
    switch (tag.name) {
      case "UnitTestResult":
      case "TestResult":
      case "TestResultAggregation": {
        if (cur) cur.hasInner = true;
        const r = new RunState();
        r.reset(depth);
        r.name = a.testName ?? "";
        r.testId = a.testId;
        r.outcome = a.outcome ?? "";
        r.durationMs = parseDurationMs(a.duration);
        this.trxRuns.push(r);
        return;
      }
      case "ErrorInfo":
        if (cur) this.trxErrorDepth = depth;
        return;
      case "Message":
        if (cur && depth === this.trxErrorDepth + 1 && !cur.messageText) {
          cur.messageText = new TextBuffer(this.o.maxMessageBytes);
          this.startCapture(cur.messageText, depth);
        }
        return;
      case "StackTrace":
        if (cur && depth === this.trxErrorDepth + 1 && !cur.details) {
          cur.details = new TextBuffer(this.o.maxDetailsBytes);
          this.startCapture(cur.details, depth);
        }
        return;
      case "UnitTest":
        this.trxDefId = a.id;
        return;
      case "TestMethod": {
        const kept = this.trxDefId ? this.trxKept.get(this.trxDefId) : void 0;
        if (kept && a.className) for (const c of kept) c.classname = a.className;
        return;
      }
      case "Counters":
        this.trxCounters = a;
        return;
      case "Times":
        this.trxStart = Date.parse(a.start ?? "");
        this.trxFinish = Date.parse(a.finish ?? "");
        return;
      default:
    }
  }
  trxClose(depth) {
    if (depth === this.trxErrorDepth) this.trxErrorDepth = 0;
    const cur = this.trxRuns[this.trxRuns.length - 1];
    if (!cur || cur.depth !== depth) return;
    this.trxRuns.pop();
    if (cur.hasInner) return;
    if (cur.messageText) cur.message = cur.messageText.value();
    this.finishRun(cur, this.suites[this.suites.length - 1]);
  }
  trxStatus(r) {
    switch (r.outcome.toLowerCase()) {
      case "passed":
      case "passedbutrunaborted":
      case "completed":
      case "warning":
        return "passed";
      case "failed":
        return "failed";
      case "error":
      case "timeout":
      case "aborted":
        return "errored";
      default:
        return "skipped";
    }
  }
  // ---------------------------------------------------------------- NUnit 3
  nunitOpen(tag, depth) {
    const a = tag.count > 0 && !this.inRun ? tag.toObject() : NO_ATTRS;
    if (this.inRun) {
      const r = this.run;
      if (depth === r.depth + 1) {
        if (tag.name === "failure") this.nunitIn = "failure";
        else if (tag.name === "reason") this.nunitIn = "reason";
        else this.nunitIn = void 0;
        return;
      }
      if (depth === r.depth + 2 && this.nunitIn) {
        if (tag.name === "message" && !r.messageText) {
          r.messageText = new TextBuffer(this.o.maxMessageBytes);
          this.startCapture(r.messageText, depth);
        } else if (tag.name === "stack-trace" && this.nunitIn === "failure" && !r.details) {
          r.details = new TextBuffer(this.o.maxDetailsBytes);
          this.startCapture(r.details, depth);
        }
      }
      return;
    }
    if (tag.name === "test-suite") {
      this.pushSuite(a, depth, false);
    } else if (tag.name === "test-case") {
      const r = this.run;
      r.reset(depth);
      this.inRun = true;
      r.name = a.name ?? "";
      r.classname = a.classname ?? "";
      r.outcome = a.result ?? "";
      r.label = a.label ?? "";
      r.durationMs = parseDurationMs(a.duration);
      this.nunitIn = void 0;
    }
  }
  nunitClose(depth) {
    if (this.inRun) {
      const r = this.run;
      if (depth === r.depth + 1) this.nunitIn = void 0;
      if (depth === r.depth) {
        this.inRun = false;
        if (r.messageText) {
          if (r.outcome === "Skipped" || r.outcome === "Inconclusive") r.skipMessage = r.messageText.value();
          else r.message = r.messageText.value();
        }
        this.finishRun(r, this.suites[this.suites.length - 1]);
      }
      return;
    }
    const top = this.suites[this.suites.length - 1];
    if (top && top.depth === depth && !top.collection) {
      this.suites.pop();
      const parent = this.suites[this.suites.length - 1];
      if (parent) {
        parent.tests += top.tests;
        parent.failed += top.failed;
        parent.errored += top.errored;
        parent.skipped += top.skipped;
        parent.content ||= top.content;
      }
    }
  }
  nunitStatus(r) {
    switch (r.outcome) {
      case "Passed":
      case "Warning":
        return "passed";
      case "Failed":
        return r.label === "Error" || r.label === "Cancelled" || r.label === "Invalid" ? "errored" : "failed";
      default:
        return "skipped";
    }
  }
  // ---------------------------------------------------------------- runs
  finishRun(r, suite) {
    const format = this.format;
    let status;
    if (format !== "junit") status = this.otherStatus(r);
    else if (r.hasError) status = "errored";
    else if (r.hasFailure) status = "failed";
    else if (r.hasSkipped || r.skipByStatus) status = "skipped";
    else status = "passed";
    this.countRun(status, r.markers, suite);
    if (format !== "junit") this.addDuration(r);
    if (status !== "passed" && format === "junit" && this.producer === void 0) this.producerFromFailure(r);
    const hash = r.name !== "" && format === "junit" && suite && !this.noFold ? suiteCaseHash(suite, r.classname, r.name, r.key) : this.otherHash(r, suite);
    if (r.markers === 0 && status === "passed") this.addPass(hash);
    else this.addOther(r, suite, status, hash);
  }
  countRun(status, markers, suite) {
    const c = this.counts;
    c.tests++;
    c.flakyMarkers += markers;
    switch (status) {
      case "passed":
        c.passed++;
        break;
      case "failed":
        c.failed++;
        break;
      case "errored":
        c.errored++;
        break;
      default:
        c.skipped++;
    }
    if (suite) {
      suite.tests++;
      if (status === "failed") suite.failed++;
      else if (status === "errored") suite.errored++;
      else if (status === "skipped") suite.skipped++;
      suite.content = true;
      if (markers > 0) suite.flagged = true;
    }
  }
  /** A plain pass (no flaky markers). */
  addPass(hash) {
    if (!inFilter(this.otherBits, hash) || !this.rerunsInFile() || !this.passAfterOther(hash)) this.passed.push(hash);
  }
  /**
   * Whether a pass after a failure of the same test in this file can be its rerun. Not for producers that never
   * write a rerun as a case of its own (their retries leave no trace, or are flakyFailure markers): there a
   * repeated name is another test — jest-junit's describe titles, mocha's duplicate titles — and the failure
   * stands. (A rerun written to another file still folds, in mergeReports.)
   */
  rerunsInFile() {
    return this.producer === void 0 || !NO_RERUN_CASES.has(this.producer);
  }
  otherStatus(r) {
    return this.format === "trx" ? this.trxStatus(r) : this.nunitStatus(r);
  }
  /** TRX/NUnit: case durations add up to the report's when its root has none. */
  addDuration(r) {
    if (r.durationMs !== void 0 && this.rootDurationMs === void 0) {
      this.sumDurationMs += r.durationMs;
      this.sawDuration = true;
    }
  }
  /** The identity hash of a run other than a named JUnit case inside a suite. */
  otherHash(r, suite) {
    if ((r.name === "" || this.noFold) && r.testId === void 0) return anonymousHash(this.file, this.counts.tests);
    if (this.format === "trx") return trxHash(r.testId ?? r.name);
    return suite ? suiteCaseHash(suite, r.classname, r.name, r.key) : caseHash({ h1: 3735928559, h2: 1103547991 }, r.classname, r.name, r.key);
  }
  /**
   * A plain pass of a test that may be in `other`: a pass after a failure of the same test is a rerun that
   * passed, recorded on the test's entry. Returns whether it was.
   */
  passAfterOther(hash) {
    const prev = this.other.get(hash);
    if (prev === void 0) return false;
    this.other.set(hash, packEntry(entryRuns(prev) + 1, foldBits(entryBits(prev), RUN_PASS)));
    return true;
  }
  /** A skipped run, or a failed or errored one, or a pass with flaky markers (reruns inside the run itself). */
  addOther(r, suite, status, hash) {
    if (r.markers === 0 && status === "skipped") {
      this.skipped.push(hash);
      if (this.keptSkipped < this.o.maxSkippedKept) {
        this.keptSkipped++;
        this.keep(r, suite, "skipped", hash);
      }
      return;
    }
    const bits = (status === "passed" ? RUN_PASS : status === "failed" ? RUN_FAIL : status === "errored" ? RUN_ERROR : RUN_SKIP) | (r.markers > 0 ? RUN_MARKER : 0);
    const prev = this.other.get(hash);
    if (prev === void 0) {
      this.other.set(hash, packEntry(1, bits));
      setFilterBit(this.otherBits, hash);
      if (this.keptFailing < this.o.maxCasesKept) {
        this.keptFailing++;
        this.keep(r, suite, status, hash);
      }
    } else {
      this.other.set(hash, packEntry(entryRuns(prev) + 1, foldBits(entryBits(prev), bits)));
    }
  }
  keep(r, suite, status, hash) {
    const o = this.o;
    const tc = { suite: suite ? suite.path : [], name: own(r.name), status, runs: 1 };
    if (r.classname) tc.classname = own(r.classname);
    let message;
    let type;
    let details;
    if (r.failureCount > 0 || r.details || r.message !== void 0) {
      message = r.message;
      type = r.type;
      details = r.details?.value();
    } else if (r.markers > 0) {
      message = r.markerMessage;
      type = r.markerType;
      details = r.markerDetails?.value();
    }
    if (status === "skipped" || message === void 0 && details === void 0) message ??= r.skipMessage ?? firstLine(r.skipText?.value());
    if (message === void 0 || STATUS_ONLY.test(message)) message = firstLine(details, `::${r.name}`) ?? message;
    else if (PYTEST_EXPLANATION.test(message)) message = pytestHeadline(message) ?? message;
    const m2 = cleanText(message, o.maxMessageBytes);
    if (m2 !== void 0) tc.message = own(m2);
    const t = cleanText(type, 200);
    if (t !== void 0) tc.type = own(t);
    const d = cleanText(details, o.maxDetailsBytes);
    if (d !== void 0) tc.details = own(d);
    if (r.failureCount > 1) tc.failureCount = r.failureCount;
    let file = r.file;
    let line = this.producer === "pytest" ? lineAttr(r.line, 1) : lineAttr(r.line);
    if ((file === void 0 || file === "") && r.failFile) {
      file = r.failFile;
      line = lineAttr(r.failLine) ?? line;
    }
    if (file?.startsWith("file://")) file = fileUrlPath(file);
    if (file !== void 0 && file !== "") tc.file = own(file);
    if (line !== void 0) {
      tc.line = line;
      if (tc.file === void 0) {
        let named = SOURCE_PATH.test(r.classname) ? r.classname : void 0;
        for (let i = tc.suite.length - 1; named === void 0 && i >= 0; i--) if (SOURCE_PATH.test(tc.suite[i])) named = tc.suite[i];
        if (named !== void 0) tc.file = own(named);
      }
    }
    if (tc.line === void 0 && status !== "skipped") {
      const hint = { classname: r.classname || void 0, file: tc.file };
      const loc = locateInStack(d ?? m2, hint) ?? (d !== void 0 && m2 !== void 0 && !d.includes(m2) ? locateInStack(m2, hint) : void 0) ?? (r.sysErr ? locateInStack(r.sysErr.value(), hint) : void 0);
      if (loc) {
        tc.file = loc.file;
        tc.line = loc.line;
      }
    }
    const ms2 = r.durationMs ?? parseDurationMs(r.time);
    if (ms2 !== void 0) tc.durationMs = ms2;
    if (r.testId !== void 0) {
      tc.testId = own(r.testId);
      const list = this.trxKept.get(r.testId);
      if (list) list.push(tc);
      else this.trxKept.set(r.testId, [tc]);
    }
    assignIdentity(tc, hash);
    this.kept.push({ c: tc, hash });
  }
  // ---------------------------------------------------------------- producer guesses
  guessRoot(a) {
    const name = (a.name ?? "").toLowerCase();
    if (name === "jest tests") this.producer = "jest-junit";
    else if (name === "mocha tests") this.producer = "mocha-junit-reporter";
    else if (name === "nextest-run") this.producer = "cargo-nextest";
    else if (name === "pytest" || name === "pytest tests") this.producer = "pytest";
    else if (name === "vitest tests") this.producer = "vitest";
    else if (name === "bun test") this.producer = "bun";
    else if (name === "deno test") this.producer = "deno";
    else if (a.id !== void 0 && name === "") this.producer = "playwright";
    else this.guessSuite(a);
  }
  guessSuite(a) {
    const schema = a["xsi:noNamespaceSchemaLocation"] ?? "";
    const name = a.name ?? "";
    if (schema.includes("surefire")) this.producer = "surefire";
    else if (name === "pytest") this.producer = "pytest";
    else if (name === "rspec") this.producer = "rspec (rspec_junit_formatter)";
    else if (name === "Root Suite" || name === "Mocha Tests") this.producer = "mocha-junit-reporter";
    else if (name === "Tap-Junit-Suite") this.producer = "tap-junit";
    else if (name === "Cucumber") this.producer = "cucumber-js";
    else if (name === "Minitest::Result") this.producer = "minitest-reporters";
    else if (a.hostname === "tbd") this.producer = "catch2";
    else if (a.assertions !== void 0 && a.file !== void 0) this.producer = "phpunit";
  }
  /**
   * A producer recognised by its first failure or skip, where nothing else named it (neither writes a marker
   * of its own before that):
   * - testthat's JunitReporter writes one case per expectation, all under the test's name, so a failed
   *   expectation followed by a passing one of the same test is not a rerun. It signs each failure and skip with
   *   the expectation's source reference, `('test-calc.R:6')`: from the first such case on, nothing is folded
   *   (earlier passes stay passes; a failure is never folded into a later pass);
   * - Node's reporter, by its failure types (`testCodeFailure`…): a producer that never writes reruns as cases.
   */
  producerFromFailure(r) {
    const m2 = r.failureCount > 0 ? r.message : r.skipMessage;
    if (m2 !== void 0 && TESTTHAT_SRCREF.test(m2)) {
      this.producer = "testthat";
      this.noFold = true;
    } else if (r.failureCount > 0 && r.type !== void 0 && NODE_FAILURE_TYPES.has(r.type)) {
      this.producer = "node:test";
    }
  }
  /**
   * Surefire's TestNG provider (its one suite is named `TestSuite`, TestNG on the test class path): its repeated
   * names are a data provider's rows, never reruns (Surefire reruns only under its JUnit providers; TestNG's
   * own retries are written as a skip, then the result), so they are not folded — as TestNG's own files.
   */
  surefireProvider(tag) {
    if (tag.get("name") !== "surefire.test.class.path") return;
    const suite = this.suites[this.suites.length - 1];
    if (suite?.path.length === 1 && suite.path[0] === "TestSuite" && /[\\/]testng[-\\/][^:;]*\.jar|[\\/]org[\\/]testng[\\/]/.test(tag.get("value") ?? "")) {
      this.producer = "surefire (testng)";
      this.noFold = true;
    }
  }
  guessProperty(a) {
    const name = a.name ?? "";
    if (name === "go.version") this.producer = "go (gotestsum / go-junit-report)";
    else if (name.startsWith("surefire.") || name === "maven.home") this.producer = "surefire";
    else if (name === "random-seed") this.producer = "catch2";
  }
  // ---------------------------------------------------------------- result
  finish() {
    if (this.notReport) throw this.notReport.error;
    if (this.format === void 0) {
      throw new JUnitReadError(this.file, "empty", "the file has no root element; check that the test command wrote it completely");
    }
    while (this.suites.length > 0) this.popSuite();
    if (this.format === "trx") this.trxSummary();
    if (this.format === "nunit3") this.nunitSummary();
    const index = new RunIndex(this.passed.toBag(), this.skipped.toBag(), this.other);
    const folded = foldIndexes([index]);
    const byTest = { ...folded.counts };
    const fromAttributes = this.fromAttributes;
    if (fromAttributes) addCounts(byTest, fromAttributes);
    byTest.flakyMarkers = this.counts.flakyMarkers;
    this.counts.flaky = byTest.flaky;
    const cases = applyFold(this.kept.map((k) => [k.c, k.hash]), folded);
    const listedFailing = cases.reduce((n, c) => c.status === "skipped" ? n : n + 1, 0);
    const failingTests = folded.counts.failed + folded.counts.errored + folded.counts.flaky;
    const report = {
      file: this.file,
      format: this.format,
      counts: this.counts,
      byTest,
      cases,
      casesDropped: Math.max(0, failingTests - listedFailing),
      disagreements: this.disagreements
    };
    if (this.suiteFailures.length > 0) report.suiteFailures = this.suiteFailures;
    if (this.producer !== void 0) report.producer = this.producer;
    if (fromAttributes) report.fromAttributes = fromAttributes;
    const duration = this.rootDurationMs ?? (this.sawDuration ? this.sumDurationMs : void 0);
    if (duration !== void 0) report.durationMs = Math.round(duration * 1e3) / 1e3;
    Object.defineProperty(report, "runIndex", { value: index, enumerable: false, writable: true, configurable: true });
    return report;
  }
  trxSummary() {
    if (this.trxStart !== void 0 && this.trxFinish !== void 0 && this.trxFinish >= this.trxStart) {
      this.rootDurationMs = this.trxFinish - this.trxStart;
    }
    const a = this.trxCounters;
    if (!a) return;
    const total = num(a.total);
    const failed = num(a.failed);
    const errored = fin(num(a.error)) + fin(num(a.timeout)) + fin(num(a.aborted));
    const passed = num(a.passed);
    if (this.counts.tests === 0) {
      const f = fin(failed);
      this.fillFromAttributes(void 0, total, f, errored, Math.max(0, fin(total) - fin(passed) - f - errored));
      return;
    }
    this.compare("(root)", "total", total, this.counts.tests);
    this.compare("(root)", "passed", passed, this.counts.passed);
    this.compare("(root)", "failed", Number.isNaN(failed) ? NaN : failed + errored, this.counts.failed + this.counts.errored);
  }
  nunitSummary() {
    const a = this.nunitRoot;
    if (!a) return;
    const total = num(a.total);
    const failed = num(a.failed);
    const skipped = Number.isNaN(num(a.skipped)) && Number.isNaN(num(a.inconclusive)) ? NaN : fin(num(a.skipped)) + fin(num(a.inconclusive));
    if (this.counts.tests === 0) {
      this.fillFromAttributes(void 0, total, failed, NaN, skipped);
      return;
    }
    this.compare("(root)", "total", total, this.counts.tests);
    this.compare("(root)", "failed", failed, this.counts.failed + this.counts.errored);
    this.compare("(root)", "skipped", skipped, this.counts.skipped);
  }
};
var SOURCE_PATH = /^[^\s"<>|?*]*[\w)\]-]\.(?:[cm]?[jt]sx?|py|rb|go|rs|java|kt|kts|scala|groovy|cs|fs|vb|php|swift|dart|lua|pl|pm|erl|exs|feature|bats|sh|cc|cpp|cxx|vue|svelte)$/;
var NO_RERUN_CASES = /* @__PURE__ */ new Set([
  "jest-junit",
  "vitest",
  "mocha-junit-reporter",
  "cucumber-js",
  "playwright",
  "deno",
  "tap-junit",
  "node:test",
  "minitest-reporters"
]);
var NODE_FAILURE_TYPES = /* @__PURE__ */ new Set([
  "testCodeFailure",
  "hookFailed",
  "subtestsFailed",
  "cancelledByParent",
  "testTimeoutFailure",
  "parentAlreadyFinished",
  "uncaughtException",
  "unhandledRejection",
  "callbackAndPromisePresent",
  "multipleCallbackInvocations"
]);
var TESTTHAT_SRCREF = /\('[^'\s]+\.[Rr]:\d+(?::\d+)?'\)$/;
var STATUS_ONLY = /^\s*(?:failed|failure|error|errored)\s*$/i;
var FRAMING = /^(?:=== (?:RUN|PAUSE|CONT|NAME) |--- (?:FAIL|PASS|SKIP): |\((?:from function `[^']*' )?in test file [^,()]+, line \d+\)$|(?:ASSERTION FAILURE|UNCAUGHT EXCEPTION):$|- (?:file|line)\s*:|::in function .*\.erl, line \d+\)$|in call from .*\.erl, line \d+\)$|\d+\) - Error in [\w.]+ hook -$)/;
var PY_TRACEBACK = "Traceback (most recent call last):";
var LABELLED_MESSAGE = /^- message\s*:\s*/;
function firstLine(text, naming) {
  if (text === void 0) return void 0;
  if (text.trimStart().startsWith(PY_TRACEBACK)) return pythonException(text);
  if (PYTEST_EXPLANATION.test(text)) {
    const headline = pytestHeadline(text);
    if (headline !== void 0) return headline;
  }
  for (const line of text.split("\n", 64)) {
    const t = line.trim();
    if (t !== "" && !FRAMING.test(t) && !(naming && t.includes(naming))) return t.replace(LABELLED_MESSAGE, "");
  }
  return void 0;
}
function fileUrlPath(url) {
  const rest = url.slice("file://".length);
  try {
    return decodeURI(rest);
  } catch {
    return rest;
  }
}
function pythonException(text) {
  const lines = text.split("\n");
  let from = 0;
  lines.forEach((l, i) => {
    if (l.trim() === PY_TRACEBACK) from = i + 1;
  });
  for (let i = from; i < lines.length; i++) {
    const l = lines[i];
    if (l.trim() !== "" && !/^\s/.test(l)) return l.trim();
  }
  return void 0;
}
var PYTEST_PLACE = /(?:^|\s)[^\s:]+\.py:\d+: /;
var PYTEST_EXPLANATION = /(?:^|[ \n])E {3,}/;
function pytestHeadline(text) {
  const flat = text.replace(/\r?\n/g, " ");
  if (!PYTEST_PLACE.test(flat)) return void 0;
  const parts = flat.split(PYTEST_EXPLANATION);
  let run = [];
  let last = [];
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i];
    const place = PYTEST_PLACE.exec(part);
    run.push((place ? part.slice(0, place.index) : part).trim());
    if (place) [last, run] = [run, []];
  }
  if (run.length > 0) last = run;
  const headline = last.filter((l) => l !== "").join("\n");
  return headline === "" ? void 0 : headline;
}
function identityKey(file, id, group) {
  if (id === void 0 && group === void 0) return file;
  return `${file ?? ""}\0${id ?? ""}\0${group ?? ""}`;
}
function suiteCaseHash(f, classname, name, file) {
  if (f.lastClass !== classname) {
    const st = { h1: f.hash.h1, h2: f.hash.h2 };
    feed(st, classname, SEP_CLASS);
    f.lastClass = classname;
    f.classH1 = st.h1;
    f.classH2 = st.h2;
  }
  return finishName(f.classH1, f.classH2, name, file);
}
function own(s) {
  return s.length < 13 ? s : (" " + s).slice(1);
}
function localName(name) {
  const i = name.indexOf(":");
  return i >= 0 ? name.slice(i + 1) : name;
}
var NOT_JUNIT_HINTS = {
  "test-results": "this is NUnit 2 XML; run NUnit 3 (or a JUnit logger) to write NUnit 3 or JUnit XML",
  assemblies: "this is xUnit.net v2 XML; use `dotnet test --logger junit` (JunitXml.TestLogger) or `--logger trx`",
  html: "this is an HTML report, not XML test results"
};
function dtdError(file, position) {
  return new JUnitReadError(
    file,
    "dtd",
    "the file declares a DTD (<!DOCTYPE>); test reports never need one and DTDs are refused for safety (entity expansion, external entities). Remove the DOCTYPE from the producer's output",
    position
  );
}
function stripUndefined(o) {
  const out = {};
  for (const [k, v] of Object.entries(o)) {
    if (v !== void 0 && Number.isFinite(v) && v >= 0) out[k] = v;
  }
  return out;
}

// src/junit/xml.ts
var XmlTag = class {
  name = "";
  count = 0;
  names = [];
  values = [];
  get(key) {
    const names = this.names;
    for (let i = 0; i < this.count; i++) if (names[i] === key) return this.values[i];
    return void 0;
  }
  /** The attributes as a fresh object (strings copied, so no chunk of input stays alive). */
  toObject() {
    const o = {};
    for (let i = 0; i < this.count; i++) o[this.names[i]] = copy(this.values[i]);
    return o;
  }
};
var XmlError = class extends Error {
  constructor(detail, line, column, limit = false) {
    super(`${line}:${column}: ${detail}`);
    this.detail = detail;
    this.line = line;
    this.column = column;
    this.limit = limit;
  }
  detail;
  line;
  column;
  limit;
  name = "XmlError";
};
var MAX_TOKEN = 4096;
var MAX_ATTRIBUTES = 1e4;
var TEXT = 0;
var ATTRS = 1;
var ATTR_EQ = 2;
var ATTR_QUOTE = 3;
var ATTR_VALUE = 4;
var CLOSE_END = 5;
var COMMENT = 6;
var CDATA = 7;
var PI = 8;
var LT = 60;
var GT = 62;
var AMP = 38;
var SLASH = 47;
var QUESTION = 63;
var BANG = 33;
var EQ = 61;
var DQUOTE = 34;
var SQUOTE = 39;
var SEMI = 59;
var NL = 10;
var CR = 13;
var TAB = 9;
var SPACE = 32;
var RBRACKET = 93;
var NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) NAME[c] = 3;
  else if (/[0-9.-]/.test(ch)) NAME[c] = 2;
}
function endsName(c) {
  return c === SPACE || c === EQ || c === GT || c === SLASH || c === NL || c === TAB || c === CR;
}
function isWs(c) {
  return c === SPACE || c === NL || c === TAB || c === CR;
}
function isNameStartCp(c) {
  return c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c === 8204 || c === 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
}
function isNameCp(c) {
  return isNameStartCp(c) || c === 183 || c >= 768 && c <= 879 || c === 8255 || c === 8256;
}
function isXmlChar(c) {
  return c === 9 || c === 10 || c === 13 || c >= 32 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
}
var PROLOG_COMMENT_MAX = 512;
var FORBIDDEN_ASCII = /[\x00-\x08\x0B\x0C\x0E-\x1F]/g;
var FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/g;
function firstForbidden(buf, from) {
  FORBIDDEN.lastIndex = from;
  for (; ; ) {
    const m2 = FORBIDDEN.exec(buf);
    if (m2 === null) return buf.length;
    const i = m2.index;
    const c = buf.charCodeAt(i);
    if (c >= 55296 && c <= 56319) {
      const d = buf.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) {
        FORBIDDEN.lastIndex = i + 2;
        continue;
      }
    } else if (c >= 56320 && c <= 57343 && i > 0) {
      const b = buf.charCodeAt(i - 1);
      if (b >= 55296 && b <= 56319) continue;
    }
    return i;
  }
}
function firstForbiddenAscii(buf, from) {
  if (from > 0) {
    const c = buf.charCodeAt(from - 1);
    if (c >= 55296 && c <= 56319) return from - 1;
  }
  FORBIDDEN_ASCII.lastIndex = from;
  const m2 = FORBIDDEN_ASCII.exec(buf);
  return m2 === null ? buf.length : m2.index;
}
var XML_DECL = /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.[0-9]+"|'1\.[0-9]+')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>$/;
var ENTITIES = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };
function copy(s) {
  return s.length < 13 ? s : (" " + s).slice(1);
}
var MAX_SHAPES = 8;
var MAX_LEAD = 256;
var TagShape = class {
  constructor(slot, name, head) {
    this.slot = slot;
    this.name = name;
    this.head = head;
  }
  slot;
  name;
  head;
  leads = [];
  names = [];
  quotes = [];
  /**
   * Where in XmlTokenizer.shapes the shape of the tag that followed this one was, the last time it was
   * another one (elements come in patterns); -1: none yet. An index, so that no shape keeps another alive.
   */
  next = -1;
};
var XmlTokenizer = class {
  constructor(h, valueLimit = 1 << 20) {
    this.h = h;
    this.valueLimit = valueLimit;
  }
  h;
  valueLimit;
  buf = "";
  /** The bytes of `buf`, index for index, when `buf` is one ASCII chunk as given to `write`. */
  bytes;
  pos = 0;
  /** buf.length. */
  len = 0;
  /** Where the data usable now ends: len, or the first forbidden character. */
  end = 0;
  final = false;
  /** Stopped for more input. */
  stalled = false;
  state = TEXT;
  /** Line (1-based) and column (0-based) of buf[0]. */
  lineBase = 1;
  colBase = 0;
  /** Characters consumed before buf[0]. */
  base = 0;
  /**
   * The line feeds of buf before `upto`, counted while buf's bytes were still there (`bytes` is the caller's
   * buffer, refilled before the next `write`): for `advance`.
   */
  counted;
  hasCR = false;
  splitPair = false;
  /** Cached positions of the next '&' and ']]>' in buf (-1: none; -2: not searched). */
  ampAt = -2;
  cdEndAt = -2;
  ltAt = -2;
  nlAt = -2;
  tabAt = -2;
  crAt = -2;
  stack = [];
  sawRoot = false;
  /** A comment before the root element, while it is read in pieces (for XmlHandler.prologComment). */
  prologText = "";
  closedRoot = false;
  tag = new XmlTag();
  attrName = "";
  quote = DQUOTE;
  value = "";
  wsBefore = false;
  attrSet;
  /** Start tags as `fast` last saw them, per element name (a few); `shape` matched last (none: XML has no '\0'). */
  shapes = [];
  shape = new TagShape(-1, "", "\0");
  /** Next of `shapes` to replace once there are MAX_SHAPES. */
  evict = 0;
  /** Depth of open elements. */
  get depth() {
    return this.stack.length;
  }
  /** Position of the next character to be read (1-based line and column). */
  position() {
    return this.positionAt(this.pos);
  }
  /**
   * Feeds the next piece of text. `ascii`: the caller knows it holds only ASCII (a cheaper check for forbidden
   * characters). `bytes`: the bytes `s` was decoded from, when they are its characters index for index (used
   * only if their length agrees): the handler's `emptyRun` and the forbidden-character check read them.
   */
  write(s, ascii = false, bytes) {
    if (s.length === 0) return;
    const same = ascii && bytes !== void 0 && bytes.length === s.length ? bytes : void 0;
    let rest = this.len > this.pos ? this.buf.slice(this.pos, this.len) : "";
    this.advance(this.pos);
    let k = 4 * MAX_TOKEN;
    while (rest !== "" && k < s.length) {
      const head = rest + s.slice(0, k);
      this.setBuffer(head, rest.length, ascii);
      this.run();
      if (this.pos >= rest.length) {
        const off = this.pos - rest.length;
        this.advance(rest.length);
        this.setBuffer(s, k, ascii, same);
        this.pos = off;
        this.run();
        this.countLines();
        return;
      }
      rest = head.slice(this.pos, rest.length);
      this.advance(this.pos);
      k *= 4;
    }
    this.setBuffer(rest === "" ? s : rest + s, rest.length, ascii, rest === "" ? same : void 0);
    this.run();
    this.countLines();
  }
  /** Counts the line feeds `advance` will need while the bytes are there (16 at a time, in WebAssembly). */
  countLines() {
    this.counted = void 0;
    if (this.bytes === void 0 || this.hasCR || this.pos === 0) return;
    const c = countLineFeeds(this.bytes, this.pos);
    if (c !== void 0) this.counted = { buf: this.buf, upto: this.pos, count: c.count, last: c.last };
  }
  /** The input is complete: checks that the document is. */
  close() {
    const rest = this.len > this.pos ? this.buf.slice(this.pos, this.len) : "";
    this.advance(this.pos);
    this.final = true;
    this.setBuffer(rest, rest.length);
    this.run();
    if (this.state !== TEXT || this.pos < this.len) this.fail("unexpected end of file", this.pos);
    if (this.stack.length > 0) this.fail(`unclosed tag: <${this.stack[this.stack.length - 1]}>`, this.pos);
    if (!this.sawRoot) this.fail("document must contain a root element", this.pos);
  }
  setBuffer(buf, checkFrom, ascii = false, bytes) {
    this.buf = buf;
    this.bytes = bytes;
    this.len = buf.length;
    this.pos = 0;
    this.ampAt = -2;
    this.cdEndAt = -2;
    this.ltAt = -2;
    this.nlAt = -2;
    this.tabAt = -2;
    this.crAt = -2;
    this.hasCR = buf.indexOf("\r") >= 0;
    this.end = ascii ? (bytes !== void 0 ? firstForbiddenByte(bytes, checkFrom) : void 0) ?? firstForbiddenAscii(buf, checkFrom) : firstForbidden(buf, Math.max(0, checkFrom - 1));
    const c = this.end < this.len ? buf.charCodeAt(this.end) : 0;
    this.splitPair = this.end === this.len - 1 && !this.final && c >= 55296 && c <= 56319;
  }
  run() {
    this.stalled = false;
    let pos = this.pos;
    while (pos < this.end && !this.stalled) {
      switch (this.state) {
        case TEXT:
          pos = this.textState(pos);
          break;
        case ATTRS:
          pos = this.attrsState(pos);
          break;
        case ATTR_EQ:
          pos = this.eqState(pos);
          break;
        case ATTR_QUOTE:
          pos = this.quoteState(pos);
          break;
        case ATTR_VALUE:
          pos = this.valueState(pos);
          break;
        case CLOSE_END:
          pos = this.closeEndState(pos);
          break;
        case COMMENT:
          pos = this.commentState(pos);
          break;
        case CDATA:
          pos = this.cdataState(pos);
          break;
        default:
          pos = this.piState(pos);
      }
      this.pos = pos;
    }
    this.pos = pos;
    if (this.end < this.len && !this.splitPair) this.fail("disallowed character", this.end);
  }
  /** Stops for more input at `pos` (an error at the end of the input). */
  more(pos) {
    if (this.final) this.fail("unexpected end of file", this.end);
    this.stalled = true;
    return pos;
  }
  // ------------------------------------------------------------------ text and markup
  // Next occurrences of a few characters in buf, searched natively and reused until passed (so every
  // character is looked at once per kind, however many tokens ask).
  nextLt(from) {
    if (this.ltAt < from && this.ltAt !== -1) this.ltAt = this.buf.indexOf("<", from);
    return this.ltAt;
  }
  nextAmp(from) {
    if (this.ampAt < from && this.ampAt !== -1) this.ampAt = this.buf.indexOf("&", from);
    return this.ampAt;
  }
  /** Whether [from, to) holds a TAB, LF or CR. */
  hasWsCtl(from, to) {
    if (this.nlAt < from && this.nlAt !== -1) this.nlAt = this.buf.indexOf("\n", from);
    if (this.nlAt >= 0 && this.nlAt < to) return true;
    if (this.tabAt < from && this.tabAt !== -1) this.tabAt = this.buf.indexOf("	", from);
    if (this.tabAt >= 0 && this.tabAt < to) return true;
    if (!this.hasCR) return false;
    if (this.crAt < from && this.crAt !== -1) this.crAt = this.buf.indexOf("\r", from);
    return this.crAt >= 0 && this.crAt < to;
  }
  /**
   * The hot loop: text, end tags that match, and start tags with ASCII names, all within this chunk.
   * Anything else — and anything wrong — is left to the general code from the start of that construct;
   * returns where it stopped.
   *
   * In a fresh process this runs unoptimised at first, and V8 compiles each hot function on background
   * threads that compete with this one for the CPU: so the per-tag work is in few functions (this one and
   * `startTag`), and whatever is not needed for every tag is in others, which rarely run.
   */
  fast(start) {
    const buf = this.buf;
    const bytes = this.bytes;
    const end = this.end;
    const h = this.h;
    const tag = this.tag;
    const stack = this.stack;
    let ltAt = this.ltAt;
    let pos = start;
    for (; ; ) {
      if (ltAt < pos && ltAt !== -1) ltAt = buf.indexOf("<", pos);
      const lt = ltAt;
      if (lt < 0 || lt + 1 >= end) break;
      if (lt > pos) {
        const amp = this.ampAt;
        const cd = this.cdEndAt;
        if (h.wantsText || stack.length === 0 || amp !== -1 && amp < lt || cd !== -1 && (cd < pos || cd + 2 < lt)) this.textSeg(pos, lt);
        pos = lt;
      }
      const c = buf.charCodeAt(lt + 1);
      if (c === SLASH) {
        const top = stack[stack.length - 1];
        if (top === void 0) break;
        const gt = lt + 2 + top.length;
        if (gt >= end || buf.charCodeAt(gt) !== GT || !buf.startsWith(top, lt + 2)) break;
        pos = gt + 1;
        this.pos = pos;
        stack.pop();
        if (stack.length === 0) this.closedRoot = true;
        h.close();
        continue;
      }
      if (c >= 128 || !(NAME[c] & 1) || this.closedRoot) break;
      if (bytes !== void 0 && stack.length > 0 && !h.wantsText && h.emptyRun !== void 0) {
        const e2 = h.emptyRun(bytes, lt, end);
        if (e2 > lt) {
          pos = e2;
          this.pos = pos;
          this.sawRoot = true;
          continue;
        }
      }
      this.ltAt = ltAt;
      const e = this.startTag(lt);
      ltAt = this.ltAt;
      if (e === 0) {
        ltAt = -2;
        this.ampAt = -2;
        this.nlAt = -2;
        this.tabAt = -2;
        break;
      }
      this.sawRoot = true;
      pos = e > 0 ? e : -e;
      this.pos = pos;
      if (e < 0 && stack.length > 0 && h.empty?.(tag) === true) continue;
      stack.push(tag.name);
      h.open(tag);
      if (e < 0) {
        stack.pop();
        if (stack.length === 0) this.closedRoot = true;
        h.close();
      }
    }
    this.ltAt = ltAt;
    return pos;
  }
  /**
   * For `fast`: reads the start tag at `lt` into `tag` when it is all in this chunk with an ASCII name and
   * no '<' in values; returns the index after it (negated for an empty element), or 0 when it is left to the
   * general code. Start tags are mostly like an earlier one of the same element, so the text from the name to
   * each value's opening quote is compared whole with what was recorded (TagShape); the character scans that
   * record it (`findShape`, `scanLead`) run once per new shape.
   */
  startTag(lt) {
    const buf = this.buf;
    const end = this.end;
    const tag = this.tag;
    const names = tag.names;
    const values = tag.values;
    let shape = this.shape;
    let known = buf.startsWith(shape.head, lt + 1);
    if (!known) {
      let other = shape.next >= 0 ? this.shapes[shape.next] : void 0;
      if (other === void 0 || !buf.startsWith(other.head, lt + 1)) {
        other = this.findShape(lt);
        if (other === void 0) return 0;
        shape.next = other.slot;
      }
      shape = other;
      this.shape = shape;
      known = buf.startsWith(shape.head, lt + 1);
    }
    const leads = shape.leads;
    let p = lt + 1 + shape.name.length;
    let count = 0;
    for (; ; ) {
      const lead = leads[count];
      let v0;
      if (lead !== void 0 && (known || buf.startsWith(lead, p))) {
        v0 = p + lead.length;
      } else {
        const c = p < end ? buf.charCodeAt(p) : 0;
        const e = c === GT ? p + 1 : c === SLASH && p + 1 < end && buf.charCodeAt(p + 1) === GT ? -(p + 2) : this.tagEnd(p);
        if (e !== 0) {
          tag.name = shape.name;
          tag.count = count;
          return e;
        }
        v0 = this.scanLead(p, count, shape);
        if (v0 < 0) return 0;
      }
      known = false;
      const close = buf.indexOf(shape.quotes[count], v0);
      if (close < 0 || close >= end) return 0;
      if (this.ltAt < v0 && this.ltAt !== -1) this.ltAt = buf.indexOf("<", v0);
      if (this.ltAt >= 0 && this.ltAt < close) return 0;
      if (this.ampAt < v0 && this.ampAt !== -1) this.ampAt = buf.indexOf("&", v0);
      if (this.nlAt < v0 && this.nlAt !== -1) this.nlAt = buf.indexOf("\n", v0);
      if (this.tabAt < v0 && this.tabAt !== -1) this.tabAt = buf.indexOf("	", v0);
      const plain = (this.ampAt < 0 || this.ampAt >= close) && (this.nlAt < 0 || this.nlAt >= close) && (this.tabAt < 0 || this.tabAt >= close) && !(this.hasCR && this.hasCRIn(v0, close));
      const an = shape.names[count];
      for (let i = 0; i < count; i++) if (names[i] === an) return 0;
      names[count] = an;
      values[count] = plain ? buf.slice(v0, close) : this.attrValue(v0, close);
      count++;
      p = close + 1;
    }
  }
  /** The attribute value [v0, close), which holds a reference or TAB, LF or CR: decoded and normalised. */
  attrValue(v0, close) {
    const amp = this.buf.indexOf("&", v0);
    return amp >= 0 && amp < close ? this.decode(v0, close, amp, true) : attrNorm(this.buf.slice(v0, close));
  }
  hasCRIn(from, to) {
    const cr = this.buf.indexOf("\r", from);
    return cr >= 0 && cr < to;
  }
  /**
   * For `startTag`, at the start tag at `lt` when the shapes it tried do not fit: the shape whose head is
   * there, else the one (new if need be) of the ASCII element name there; undefined when there is none (left
   * to the general code).
   */
  findShape(lt) {
    const buf = this.buf;
    const end = this.end;
    const shapes = this.shapes;
    for (let i = 0; i < shapes.length; i++) if (buf.startsWith(shapes[i].head, lt + 1)) return shapes[i];
    let p = lt + 2;
    let c = 0;
    while (p < end && (c = buf.charCodeAt(p)) < 128 && NAME[c] & 2) p++;
    if (p >= end || c >= 128 || p - lt > MAX_LEAD) return void 0;
    const name = buf.slice(lt + 1, p);
    for (let i = 0; i < shapes.length; i++) if (shapes[i].name === name) return shapes[i];
    const slot = shapes.length < MAX_SHAPES ? shapes.length : this.evict++ % MAX_SHAPES;
    const s = new TagShape(slot, copy(name), copy(buf.slice(lt + 1, p + 1)));
    shapes[slot] = s;
    return s;
  }
  /**
   * For `fast`, at `p` after a name or value in a start tag: the index after '>' if the tag ends here, minus
   * the index after '/>' if it ends empty, 0 otherwise (an attribute, or the tag goes on in the next chunk).
   */
  tagEnd(p) {
    const buf = this.buf;
    const end = this.end;
    let c = 0;
    while (p < end && isWs(c = buf.charCodeAt(p))) p++;
    if (p >= end) return 0;
    if (c === GT) return p + 1;
    if (c === SLASH && p + 1 < end && buf.charCodeAt(p + 1) === GT) return -(p + 2);
    return 0;
  }
  /**
   * For `fast`: scans white space, an ASCII attribute name, '=' and the opening quote from `p` and records
   * that text in `shape` as the lead of attribute `count`; returns the index after the quote, or -1 when this
   * is not that (left to the general code).
   */
  scanLead(p, count, shape) {
    const buf = this.buf;
    const end = this.end;
    const before = p;
    let c = 0;
    while (p < end && isWs(c = buf.charCodeAt(p))) p++;
    if (p >= end || p === before || count >= 16) return -1;
    const guess = this.tag.names[count];
    let an;
    if (guess !== void 0 && p + guess.length < end && endsName(buf.charCodeAt(p + guess.length)) && buf.startsWith(guess, p)) {
      an = guess;
      p += guess.length;
    } else {
      const a = p;
      if (c >= 128 || !(NAME[c] & 1)) return -1;
      while (p < end && (c = buf.charCodeAt(p)) < 128 && NAME[c] & 2) p++;
      if (p >= end || c >= 128) return -1;
      an = buf.slice(a, p);
    }
    while (p < end && isWs(c = buf.charCodeAt(p))) p++;
    if (p >= end || c !== EQ) return -1;
    p++;
    while (p < end && isWs(c = buf.charCodeAt(p))) p++;
    if (p >= end || c !== DQUOTE && c !== SQUOTE || p - before >= MAX_LEAD) return -1;
    const lead = copy(buf.slice(before, p + 1));
    shape.leads[count] = lead;
    shape.names[count] = copy(an);
    shape.quotes[count] = c === DQUOTE ? '"' : "'";
    if (count === 0) shape.head = copy(shape.name + lead);
    return p + 1;
  }
  textState(start) {
    const buf = this.buf;
    const end = this.end;
    const pos = this.fast(start);
    if (pos !== start) return pos;
    const lt = this.nextLt(pos);
    if (lt < 0 || lt >= end) {
      let cut = end;
      if (!this.final) {
        const amp = buf.lastIndexOf("&", end - 1);
        if (amp >= pos && amp >= end - MAX_TOKEN && buf.indexOf(";", amp) < 0) cut = amp;
        if (cut > pos && buf.charCodeAt(cut - 1) === RBRACKET) cut--;
        if (cut > pos && buf.charCodeAt(cut - 1) === RBRACKET) cut--;
        if (cut > pos && buf.charCodeAt(cut - 1) === CR) cut--;
      }
      if (cut > pos) this.textSeg(pos, cut);
      if (cut < end || !this.final) return this.more(cut);
      return cut;
    }
    if (lt > pos) this.textSeg(pos, lt);
    return this.markup(lt);
  }
  /** At '<': dispatches on what follows. */
  markup(pos) {
    const buf = this.buf;
    const end = this.end;
    if (pos + 1 >= end) return this.more(pos);
    const c = buf.charCodeAt(pos + 1);
    if (c === SLASH) return this.closeTag(pos);
    if (c === BANG) return this.bang(pos);
    if (c === QUESTION) return this.pi(pos);
    return this.openTag(pos);
  }
  textSeg(a, b) {
    const buf = this.buf;
    if (this.stack.length === 0) {
      for (let i = a; i < b; i++) {
        if (!isWs(buf.charCodeAt(i))) this.fail("text data outside of root node", i);
      }
      return;
    }
    if (this.cdEndAt < a && this.cdEndAt !== -1) this.cdEndAt = buf.indexOf("]]>", a);
    if (this.cdEndAt >= 0 && this.cdEndAt + 2 < b) this.fail('the string "]]>" is not allowed in text', this.cdEndAt);
    let amp = this.nextAmp(a);
    if (amp >= b) amp = -1;
    if (this.h.wantsText) {
      this.h.text(amp < 0 ? this.norm(buf.slice(a, b)) : this.decode(a, b, amp, false));
    } else if (amp >= 0) {
      this.checkRefs(amp, b);
    }
  }
  /** Normalises line ends in raw text (CR LF and lone CR become LF). */
  norm(s) {
    return this.hasCR && s.indexOf("\r") >= 0 ? s.replace(/\r\n?/g, "\n") : s;
  }
  /** Checks the references in [amp, b) (text not wanted). */
  checkRefs(amp, b) {
    const buf = this.buf;
    let k = amp;
    while (k >= 0 && k < b) {
      const semi = this.ref(k, b);
      k = buf.indexOf("&", semi + 1);
      this.ampAt = k;
    }
  }
  /** Decodes [a, b), whose first '&' is at `amp`. In attribute values, white space becomes spaces. */
  decode(a, b, amp, attr) {
    const buf = this.buf;
    let out = "";
    let from = a;
    let k = amp;
    while (k >= 0 && k < b) {
      const raw2 = buf.slice(from, k);
      out += attr ? attrNorm(raw2) : this.norm(raw2);
      const semi = this.ref(k, b);
      out += this.refValue;
      from = semi + 1;
      k = buf.indexOf("&", from);
    }
    if (!attr) this.ampAt = k;
    const raw = buf.slice(from, b);
    return out + (attr ? attrNorm(raw) : this.norm(raw));
  }
  refValue = "";
  /** Parses the reference at `amp` (which must end before `b`); sets refValue; returns the index of ';'. */
  ref(amp, b) {
    const buf = this.buf;
    const lim = Math.min(b, amp + MAX_TOKEN);
    let semi = -1;
    for (let i = amp + 1; i < lim; i++) {
      const c = buf.charCodeAt(i);
      if (c === SEMI) {
        semi = i;
        break;
      }
      if (c === LT || c === AMP || isWs(c)) break;
    }
    if (semi < 0) this.fail('malformed entity or character reference (a bare "&" must be written &amp;)', amp);
    if (buf.charCodeAt(amp + 1) === 35) {
      const body = buf.slice(amp + 2, semi);
      let n = NaN;
      if (/^x[0-9a-fA-F]+$/.test(body)) n = parseInt(body.slice(1), 16);
      else if (/^[0-9]+$/.test(body)) n = parseInt(body, 10);
      if (!isXmlChar(n)) this.fail("malformed character reference", amp);
      this.refValue = String.fromCodePoint(n);
      return semi;
    }
    const v = ENTITIES[buf.slice(amp + 1, semi)];
    if (v === void 0) this.fail(`undefined entity &${buf.slice(amp + 1, Math.min(semi, amp + 41))}; (there is no DTD to define it)`, amp);
    this.refValue = v;
    return semi;
  }
  // ------------------------------------------------------------------ names
  /** Index after the name starting at `p` (`p` itself when no name starts there). */
  scanName(p) {
    const buf = this.buf;
    const end = this.end;
    let c = buf.charCodeAt(p);
    if (c < 128) {
      if (!(NAME[c] & 1)) return p;
      p++;
    } else {
      const n = this.nonAscii(p, true);
      if (n === p) return p;
      p = n;
    }
    while (p < end) {
      c = buf.charCodeAt(p);
      if (c < 128) {
        if (NAME[c] & 2) p++;
        else break;
      } else {
        const n = this.nonAscii(p, false);
        if (n === p) break;
        p = n;
      }
    }
    return p;
  }
  nonAscii(p, start) {
    const cp = this.buf.codePointAt(p);
    if (start ? isNameStartCp(cp) : isNameCp(cp)) return p + (cp > 65535 ? 2 : 1);
    return p;
  }
  /** Scans a name at `p`; returns its end, or -1 when the input ends inside it (stalled). */
  name(p, tokenStart, what) {
    if (p >= this.end) {
      this.more(tokenStart);
      return -1;
    }
    const e = this.scanName(p);
    if (e === p) this.fail(`disallowed character in ${what}`, p);
    if (e >= this.end) {
      if (e - tokenStart > MAX_TOKEN) this.fail(`${what} longer than ${MAX_TOKEN} characters`, tokenStart, true);
      if (!this.final || this.end < this.len) {
        this.more(tokenStart);
        return -1;
      }
    }
    return e;
  }
  // ------------------------------------------------------------------ tags
  openTag(pos) {
    const tag = this.tag;
    const buf = this.buf;
    const prev = tag.name;
    let e = pos + 1 + prev.length;
    if (prev !== "" && e < this.end && endsName(buf.charCodeAt(e)) && buf.startsWith(prev, pos + 1)) {
    } else {
      e = this.name(pos + 1, pos, "element name");
      if (e < 0) return pos;
      tag.name = buf.slice(pos + 1, e);
    }
    if (this.closedRoot) this.fail("documents may contain only one root element", pos);
    tag.count = 0;
    this.attrSet = void 0;
    this.wsBefore = false;
    this.state = ATTRS;
    return e;
  }
  attrsState(pos) {
    const buf = this.buf;
    const end = this.end;
    let p = pos;
    let c = 0;
    while (p < end && isWs(c = buf.charCodeAt(p))) p++;
    if (p > pos) this.wsBefore = true;
    if (p >= end) return this.more(p);
    if (c === GT) {
      this.pos = p + 1;
      this.emitOpen(false);
      return p + 1;
    }
    if (c === SLASH) {
      if (p + 1 >= end) return this.more(p);
      if (buf.charCodeAt(p + 1) !== GT) this.fail('"/" in a start tag not followed by ">"', p);
      this.pos = p + 2;
      this.emitOpen(true);
      return p + 2;
    }
    const tag = this.tag;
    const guess = tag.names[tag.count];
    let e;
    if (guess !== void 0 && p + guess.length < end && endsName(buf.charCodeAt(p + guess.length)) && buf.startsWith(guess, p)) {
      e = p + guess.length;
      this.attrName = guess;
    } else {
      e = this.name(p, p, "attribute name");
      if (e < 0) return p;
      this.attrName = buf.slice(p, e);
    }
    if (!this.wsBefore) this.fail("no whitespace between attributes", p);
    let q = e;
    while (q < end && isWs(buf.charCodeAt(q))) q++;
    if (q < end && buf.charCodeAt(q) === EQ) {
      q++;
      while (q < end && isWs(buf.charCodeAt(q))) q++;
      const qc = q < end ? buf.charCodeAt(q) : 0;
      if (qc === DQUOTE || qc === SQUOTE) {
        this.quote = qc;
        this.value = "";
        this.state = ATTR_VALUE;
        return this.valueState(q + 1);
      }
    }
    this.state = ATTR_EQ;
    return e;
  }
  eqState(pos) {
    const buf = this.buf;
    const end = this.end;
    let p = pos;
    while (p < end && isWs(buf.charCodeAt(p))) p++;
    if (p >= end) return this.more(p);
    if (buf.charCodeAt(p) !== EQ) this.fail("attribute without value", p);
    this.state = ATTR_QUOTE;
    return p + 1;
  }
  quoteState(pos) {
    const buf = this.buf;
    const end = this.end;
    let p = pos;
    while (p < end && isWs(buf.charCodeAt(p))) p++;
    if (p >= end) return this.more(p);
    const q = buf.charCodeAt(p);
    if (q !== DQUOTE && q !== SQUOTE) this.fail("unquoted attribute value", p);
    this.quote = q;
    this.value = "";
    this.state = ATTR_VALUE;
    return p + 1;
  }
  valueState(pos) {
    const buf = this.buf;
    const end = this.end;
    const q = this.quote;
    let close = buf.indexOf(q === DQUOTE ? '"' : "'", pos);
    if (close >= end) close = -1;
    const stop = close < 0 ? end : close;
    const lt = this.nextLt(pos);
    if (lt >= 0 && lt < stop) this.fail('"<" is not allowed in attribute values (write &lt;)', lt);
    let amp = this.nextAmp(pos);
    if (amp >= stop) amp = -1;
    const ws = this.hasWsCtl(pos, stop);
    let cut = stop;
    if (close < 0) {
      if (this.final) return this.more(stop);
      const a = buf.lastIndexOf("&", stop - 1);
      if (a >= pos && buf.indexOf(";", a) < 0) {
        if (stop - a > MAX_TOKEN) this.fail("malformed entity or character reference", a);
        cut = a;
      }
      if (cut > pos && buf.charCodeAt(cut - 1) === CR) cut--;
    }
    let v;
    if (amp >= 0 && amp < cut) v = this.decode(pos, cut, amp, true);
    else {
      v = buf.slice(pos, cut);
      if (ws) v = attrNorm(v);
    }
    if (close < 0) {
      if (this.value.length < this.valueLimit) this.value = copy((this.value + v).slice(0, this.valueLimit));
      return this.more(cut);
    }
    if (this.value !== "") v = (this.value + v).slice(0, Math.max(this.valueLimit, this.value.length));
    this.value = "";
    this.addAttr(this.attrName, v, pos);
    this.wsBefore = false;
    this.state = ATTRS;
    return close + 1;
  }
  addAttr(name, value, at) {
    const tag = this.tag;
    const n = tag.count;
    if (n < 16) {
      for (let i = 0; i < n; i++) if (tag.names[i] === name) this.fail(`duplicate attribute ${name}`, at);
    } else {
      if (n >= MAX_ATTRIBUTES) this.fail(`more than ${MAX_ATTRIBUTES} attributes on one element`, at, true);
      if (!this.attrSet) this.attrSet = new Set(tag.names.slice(0, n));
      if (this.attrSet.has(name)) this.fail(`duplicate attribute ${name}`, at);
      this.attrSet.add(name);
    }
    tag.names[n] = name;
    tag.values[n] = value;
    tag.count = n + 1;
  }
  emitOpen(empty) {
    const tag = this.tag;
    this.sawRoot = true;
    this.stack.push(tag.name.length < 13 ? tag.name : copy(tag.name));
    this.state = TEXT;
    this.h.open(tag);
    if (empty) this.pop();
  }
  pop() {
    this.stack.pop();
    if (this.stack.length === 0) this.closedRoot = true;
    this.h.close();
  }
  closeTag(pos) {
    const top0 = this.stack[this.stack.length - 1];
    if (top0 !== void 0) {
      const gt = pos + 2 + top0.length;
      if (gt < this.end && this.buf.charCodeAt(gt) === GT && this.buf.startsWith(top0, pos + 2)) {
        this.pos = gt + 1;
        this.state = TEXT;
        this.pop();
        return gt + 1;
      }
    }
    const e = this.name(pos + 2, pos, "end tag name");
    if (e < 0) return pos;
    const top = this.stack[this.stack.length - 1];
    const len = e - pos - 2;
    if (top === void 0 || top.length !== len || !this.buf.startsWith(top, pos + 2)) {
      this.fail(top === void 0 ? `unexpected end tag </${this.buf.slice(pos + 2, e)}>` : `end tag </${this.buf.slice(pos + 2, e)}> does not match <${top}>`, pos);
    }
    this.state = CLOSE_END;
    return e;
  }
  closeEndState(pos) {
    const buf = this.buf;
    const end = this.end;
    let p = pos;
    while (p < end && isWs(buf.charCodeAt(p))) p++;
    if (p >= end) return this.more(p);
    if (buf.charCodeAt(p) !== GT) this.fail("disallowed character in end tag", p);
    this.state = TEXT;
    this.pop();
    return p + 1;
  }
  // ------------------------------------------------------------------ <! and <?
  bang(pos) {
    const buf = this.buf;
    const have = buf.slice(pos, Math.min(this.end, pos + 9));
    if (have.startsWith("<!--")) {
      this.state = COMMENT;
      return pos + 4;
    }
    if (have === "<![CDATA[") {
      if (this.stack.length === 0) this.fail("CDATA outside of the root element", pos);
      this.state = CDATA;
      return pos + 9;
    }
    if (have === "<!DOCTYPE") {
      if (this.sawRoot) this.fail("a DOCTYPE is only allowed before the root element", pos);
      this.pos = pos;
      this.h.doctype();
      this.fail("DTDs are not supported", pos);
    }
    if (have.length < 9 && ("<![CDATA[".startsWith(have) || "<!DOCTYPE".startsWith(have) || "<!--".startsWith(have))) return this.more(pos);
    return this.fail('incorrect syntax after "<!"', pos);
  }
  commentState(pos) {
    const buf = this.buf;
    const end = this.end;
    const k = buf.indexOf("--", pos);
    const prolog = !this.sawRoot && this.h.prologComment !== void 0;
    if (k < 0 || k + 1 >= end) {
      const cut = buf.charCodeAt(end - 1) === 45 && end - 1 >= pos ? end - 1 : end;
      if (prolog && this.prologText.length < PROLOG_COMMENT_MAX) this.prologText += buf.slice(pos, Math.min(cut, pos + PROLOG_COMMENT_MAX));
      return this.more(cut);
    }
    if (k + 2 >= end) {
      if (prolog && this.prologText.length < PROLOG_COMMENT_MAX) this.prologText += buf.slice(pos, Math.min(k, pos + PROLOG_COMMENT_MAX));
      return this.more(k);
    }
    if (buf.charCodeAt(k + 2) !== GT) this.fail('"--" is not allowed inside a comment', k);
    this.state = TEXT;
    if (prolog) {
      const text = (this.prologText + buf.slice(pos, Math.min(k, pos + PROLOG_COMMENT_MAX))).slice(0, PROLOG_COMMENT_MAX);
      this.prologText = "";
      this.h.prologComment?.(text);
    }
    return k + 3;
  }
  cdataState(pos) {
    const buf = this.buf;
    const end = this.end;
    const k = buf.indexOf("]]>", pos);
    if (k >= 0 && k + 3 <= end) {
      if (this.h.wantsText && k > pos) this.h.text(this.norm(buf.slice(pos, k)));
      this.state = TEXT;
      return k + 3;
    }
    let cut = Math.max(pos, end - 2);
    if (cut > pos && buf.charCodeAt(cut - 1) === CR) cut--;
    if (this.h.wantsText && cut > pos) this.h.text(this.norm(buf.slice(pos, cut)));
    return this.more(cut);
  }
  pi(pos) {
    const buf = this.buf;
    const e = this.name(pos + 2, pos, "processing instruction target");
    if (e < 0) return pos;
    const target = buf.slice(pos + 2, e);
    if (target === "xml" && this.base + pos === 0) {
      const k = buf.indexOf("?>", e);
      if (k < 0 || k + 2 > this.end) {
        if (this.end - pos > MAX_TOKEN) this.fail("XML declaration is not closed", pos);
        return this.more(pos);
      }
      if (!XML_DECL.test(buf.slice(pos, k + 2))) this.fail("malformed XML declaration", pos);
      return k + 2;
    }
    if (target.toLowerCase() === "xml") this.fail("the XML declaration must be at the very start of the document", pos);
    if (e >= this.end) return this.more(pos);
    const c = buf.charCodeAt(e);
    if (c !== QUESTION && !isWs(c)) this.fail("disallowed character in processing instruction target", e);
    this.state = PI;
    return e;
  }
  piState(pos) {
    const buf = this.buf;
    const end = this.end;
    const k = buf.indexOf("?>", pos);
    if (k >= 0 && k + 2 <= end) {
      this.state = TEXT;
      return k + 2;
    }
    const cut = buf.charCodeAt(end - 1) === QUESTION && end - 1 >= pos ? end - 1 : end;
    return this.more(cut);
  }
  // ------------------------------------------------------------------ positions and errors
  /** Moves the line/column base past buf[0, upto). */
  advance(upto) {
    if (upto === 0) return;
    const buf = this.buf;
    this.base += upto;
    let lines = 0;
    let last = -1;
    const counted = this.counted;
    this.counted = void 0;
    if (counted !== void 0 && counted.buf === buf && counted.upto === upto) {
      lines = counted.count;
      last = counted.last;
    } else if (!this.hasCR) {
      let i = buf.indexOf("\n");
      while (i >= 0 && i < upto) {
        lines++;
        last = i;
        i = buf.indexOf("\n", i + 1);
      }
    } else {
      for (let i = 0; i < upto; i++) {
        const c = buf.charCodeAt(i);
        if (c === NL || c === CR && buf.charCodeAt(i + 1) !== NL) {
          lines++;
          last = i;
        }
      }
    }
    this.lineBase += lines;
    this.colBase = last >= 0 ? upto - last - 1 : this.colBase + upto;
  }
  positionAt(index) {
    const buf = this.buf;
    let line = this.lineBase;
    let last = -1;
    const to = Math.min(index, this.len);
    for (let i = 0; i < to; i++) {
      const c = buf.charCodeAt(i);
      if (c === NL || c === CR && buf.charCodeAt(i + 1) !== NL) {
        line++;
        last = i;
      }
    }
    return { line, column: (last >= 0 ? to - last - 1 : this.colBase + to) + 1 };
  }
  fail(detail, at, limit = false) {
    const p = this.positionAt(at);
    throw new XmlError(detail, p.line, p.column, limit);
  }
};
function attrNorm(s) {
  return s.replace(/\r\n|[\t\n\r]/g, " ");
}

// src/junit/read.ts
var CHUNK = 256 * 1024;
var YIELD_EVERY = 16;
async function readReport(file, opts = {}) {
  warmUpReader();
  const reader = new StreamingReader(file, opts);
  let fd;
  let chunk;
  try {
    fd = openSync(file, "r");
    chunk = spareChunks.pop() ?? Buffer.allocUnsafe(CHUNK);
    for (let n = 1; ; n++) {
      const bytesRead = readSync(fd, chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      reader.write(chunk.subarray(0, bytesRead));
      if (n % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  } catch (err) {
    throw reader.wrap(err);
  } finally {
    if (fd !== void 0) closeSync(fd);
    if (chunk && spareChunks.length < 2) spareChunks.push(chunk);
  }
  return reader.end();
}
var spareChunks = [];
function readReportBuffer(file, data, opts = {}) {
  warmUpReader();
  const reader = new StreamingReader(file, opts);
  const buf = typeof data === "string" ? Buffer.from(data) : data;
  try {
    for (let i = 0; i < buf.length; i += CHUNK) reader.write(buf.subarray(i, i + CHUNK));
  } catch (err) {
    throw reader.wrap(err);
  }
  return reader.end();
}
var StreamingReader = class {
  constructor(file, opts) {
    this.file = file;
    this.builder = new ReportBuilder(file, opts, () => this.position());
    this.tokenizer = new XmlTokenizer(this.builder, Math.max(64 * 1024, this.builder.textLimit + 1024));
  }
  file;
  tokenizer;
  builder;
  decoder;
  /** Bytes held until the encoding can be decided (first 4+ bytes, or the XML declaration). */
  head;
  bytes = 0;
  /** Any character other than whitespace seen yet. */
  content = false;
  /** The input has ended and the tokenizer is checking that everything was closed. */
  closing = false;
  position() {
    return this.tokenizer.position();
  }
  write(chunk) {
    this.bytes += chunk.length;
    if (!this.decoder) {
      this.head = Buffer.concat(this.head ? [this.head, chunk] : [chunk]);
      if (this.head.length < 512 && this.bytes < 512) return;
      chunk = this.head;
      this.head = void 0;
      this.decoder = this.pickDecoder(chunk);
    }
    const ascii = this.decoder.utf8 && isAscii(chunk);
    releasePassScan();
    this.feed(this.decoder.write(chunk), ascii, ascii ? chunk : void 0);
  }
  end() {
    try {
      if (!this.decoder) {
        const head = this.head ?? Buffer.alloc(0);
        this.head = void 0;
        this.decoder = this.pickDecoder(head);
        this.feed(this.decoder.write(head));
      }
      this.feed(this.decoder.end());
      if (!this.content) {
        throw new JUnitReadError(this.file, "empty", `the file is empty${this.bytes > 0 ? " (only whitespace)" : ""}; the test command probably failed before writing results \u2014 check its log`);
      }
      this.closing = true;
      this.tokenizer.close();
      return this.builder.finish();
    } catch (err) {
      throw this.wrap(err);
    }
  }
  feed(s, ascii = false, bytes) {
    if (s.length === 0) return;
    if (!this.content) this.content = /\S/.test(s);
    this.tokenizer.write(s, ascii, bytes);
  }
  pickDecoder(head) {
    const b0 = head[0];
    const b1 = head[1];
    if (b0 === 255 && b1 === 254) return nodeDecoder("utf16le");
    if (b0 === 254 && b1 === 255) return webDecoder("utf-16be");
    if (b0 === 60 && b1 === 0 && head[2] === 63 && head[3] === 0) return nodeDecoder("utf16le");
    if (b0 === 0 && b1 === 60 && head[2] === 0 && head[3] === 63) return webDecoder("utf-16be");
    const decl = /^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head.toString("latin1", 0, Math.min(head.length, 512)));
    const label = decl?.[1]?.toLowerCase();
    if (!label || label === "utf-8" || label === "utf8" || label === "us-ascii" || label === "ascii" || label.startsWith("utf-16")) {
      return nodeDecoder("utf8");
    }
    try {
      return webDecoder(label);
    } catch {
      throw new JUnitReadError(this.file, "invalid-xml", `unsupported encoding "${decl?.[1] ?? label}" in the XML declaration; write the report as UTF-8`, { line: 1, column: 1 });
    }
  }
  /** Turns anything thrown while reading into a JUnitReadError. */
  wrap(err) {
    if (err instanceof JUnitReadError) return err;
    const atEnd = this.closing;
    if (isSystemError(err)) {
      const code = err.code;
      const what = code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a directory, not a file" : code === "EACCES" || code === "EPERM" ? "permission denied" : `cannot read the file (${code})`;
      return new JUnitReadError(this.file, "io", `${what}; check the junit path in the manifest`, void 0, { cause: err });
    }
    if (err instanceof Error) {
      const what = err instanceof XmlError ? err.detail : err.message;
      const where = err instanceof XmlError ? { line: err.line, column: err.column } : this.position();
      if (err instanceof XmlError && err.limit) {
        return new JUnitReadError(this.file, "not-junit", `${what}: beyond this reader's limits, which no test report comes near; check what wrote this file`, where, { cause: err });
      }
      if (atEnd && !this.builder.started && !this.content) {
        return new JUnitReadError(this.file, "empty", "the file is empty; the test command probably failed before writing results \u2014 check its log", void 0, { cause: err });
      }
      const hint = atEnd ? "the file ends early (truncated: was the test run killed or the disk full?); rerun the tests to write it again" : "the file is not well-formed XML; fix the producer (or its escaping) and rerun";
      const also = this.builder.notReport ? `; ${this.builder.notReport.note}` : "";
      return new JUnitReadError(this.file, "invalid-xml", `invalid XML: ${what}${also}; ${hint}`, where, { cause: err });
    }
    return new JUnitReadError(this.file, "invalid-xml", `cannot read the file: ${String(err)}`, this.position());
  }
};
function nodeDecoder(encoding) {
  const d = new StringDecoder(encoding);
  let first = true;
  return {
    utf8: encoding === "utf8",
    write(chunk) {
      let s = d.write(chunk);
      if (first && s.length > 0) {
        first = false;
        if (s.charCodeAt(0) === 65279) s = s.slice(1);
      }
      return s;
    },
    end: () => d.end()
  };
}
function webDecoder(label) {
  const d = new TextDecoder(label);
  return { utf8: false, write: (chunk) => d.decode(chunk, { stream: true }), end: () => d.decode() };
}
function isSystemError(err) {
  return err instanceof Error && "syscall" in err && typeof err.code === "string";
}
var warm = false;
function warmUpReader() {
  if (warm) return;
  warm = true;
  const doc = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<!-- w --><?pi x?>
<testsuites name="w" tests="10" failures="1" errors="1" time="1">
 <testsuite name="s" tests="10" failures="1" errors="1" skipped="1" time="1">
  <properties><property name="p" value="v"/></properties>
  <testcase name="a" classname="c.A" time="0.1"/>
  <testcase name='b' classname="c.A" time="0.2" file="x.js" line="3"></testcase>
  <testcase classname="c.B" name="c &amp; d" time="0.3">
   <failure message="m &lt; &#65;" type="T">at c.B.c(B.java:10)
	at x &amp; y &#x41;
</failure>
   <system-out><![CDATA[out <x> & y]]></system-out>
  </testcase>
  <testcase
    name="e" classname="c.B"><error message="e"><![CDATA[trace]]></error></testcase>
  <testcase name="f" classname="c.B"><skipped/></testcase>
  <testcase name="g" classname="c.B"/>
  <testcase name="h" classname="c.B"/>
  <testcase name="i" classname="c.B"/>
  <testcase name="e" classname="c.B"/>
 </testsuite >
</testsuites>
`);
  try {
    for (const piece of [doc.length, 7]) {
      const r = new StreamingReader("warm-up.xml", {});
      for (let i = 0; i < doc.length; i += piece) r.write(doc.subarray(i, i + piece));
      r.end();
    }
  } catch {
  }
}
function warmUpDocument() {
  let doc = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="warm-up">\n';
  for (let s = 0; s < 20; s++) {
    doc += ` <testsuite name="org.example.s${s}.Suite${s}Test" tests="20" failures="1" errors="0" skipped="1" time="1.5">
`;
    for (let i = 0; i < 17; i++) {
      doc += `  <testcase name="case ${i} of suite ${s}" classname="org.example.s${s}.Suite${s}Test" time="0.${i * 37 % 1e3}"/>
`;
    }
    doc += `  <testcase name="fails ${s}" classname="org.example.s${s}.Suite${s}Test" time="0.25">
`;
    doc += `   <failure message="expected: &lt;${s}&gt; but was: &lt;${s + 1}&gt;" type="org.opentest4j.AssertionFailedError">org.opentest4j.AssertionFailedError: expected: &lt;${s}&gt;
`;
    doc += `	at org.example.s${s}.Suite${s}Test.fails(Suite${s}Test.java:${20 + s})
	at java.base/java.lang.reflect.Method.invoke(Method.java:580)
</failure>
`;
    doc += `   <system-out><![CDATA[12:00:00.${s} [main] INFO request ${s} <ok> & done
]]></system-out>
  </testcase>
`;
    doc += `  <testcase name="skipped ${s}" classname="org.example.s${s}.Suite${s}Test" time="0"><skipped message="disabled"/></testcase>
`;
    doc += `  <testcase name="errs ${s}" classname="org.example.s${s}.Suite${s}Test" time="0.01"><error message="boom" type="java.lang.IllegalStateException"/></testcase>
`;
    doc += " </testsuite>\n";
  }
  return Buffer.from(`${doc}</testsuites>
`);
}
async function warmUpReaderUntil(wait, opts = {}) {
  const { afterMs = 25, maxMs = 150 } = opts;
  let settled = false;
  const wake = typeof wait === "function" ? opts.wake : wait;
  const stop = typeof wait === "function" ? wait : () => settled;
  if (typeof wait !== "function") wait.then(() => settled = true, () => settled = true);
  warmUpReader();
  if (afterMs > 0) {
    let timer;
    const pause = new Promise((resolve) => timer = setTimeout(resolve, afterMs));
    await (wake ? Promise.race([pause, wake.then(noop, noop)]) : pause);
    clearTimeout(timer);
  }
  const started = performance.now();
  let doc;
  let reads = 0;
  for (; ; ) {
    if (stop() || performance.now() - started >= maxMs) return reads;
    doc ??= warmUpDocument();
    try {
      readReportBuffer("warm-up.xml", doc);
    } catch {
      return reads;
    }
    reads++;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
function noop() {
}

// src/jobs/junit-files.ts
var READ_WHOLE_MAX = 1024 * 1024;
var COPIES_IN_FLIGHT = 16;
var YIELD_AFTER_MS = 10;
var STATS_AT_ONCE = 64;
async function collectReports(patterns, opts) {
  const { ctx } = opts;
  const found = (await findFiles(patterns, opts.cwd)).sort().filter((f) => isInside(ctx.workspace, f));
  const fresh = [];
  const stale = [];
  const sizes = /* @__PURE__ */ new Map();
  const realWorkspace = await realpath(ctx.workspace).catch(() => ctx.workspace);
  const outside = /* @__PURE__ */ new Set();
  for (let i = 0; i < found.length; i += STATS_AT_ONCE) {
    const batch = found.slice(i, i + STATS_AT_ONCE);
    const stats = await Promise.all(batch.map((f) => Promise.all([stat(f), realpath(f)])));
    batch.forEach((f, j) => {
      const [st, real] = stats[j];
      (st.mtimeMs >= opts.since - 2e3 ? fresh : stale).push(f);
      sizes.set(f, st.size);
      if (!isInside(realWorkspace, real)) outside.add(f);
    });
  }
  const redact = asSecretRedactor(ctx.redactor).active;
  const out = { fresh, stale, files: [], reports: [], unreadable: [] };
  const copies = [];
  const settle = async (copy2) => {
    const failed = await copy2;
    if (failed) throw failed.err;
  };
  let turn = performance.now();
  for (const f of fresh) {
    if (performance.now() - turn >= YIELD_AFTER_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      turn = performance.now();
    }
    const rel = toPosix(node_path_default.relative(ctx.workspace, f));
    if (outside.has(f)) {
      out.unreadable.push({
        file: rel,
        reason: "outside-workspace",
        error: `${rel}: a link to a file outside the workspace; not read, not copied into the bundle \u2014 write JUnit files inside the workspace`
      });
      continue;
    }
    const bundlePath = ctx.evidence.unique(`${opts.bundleDir}/junit/${rel.replace(/^(\.\.\/)+/, "")}`);
    const meta = { kind: "junit", producer: opts.producer };
    const data = !redact && (sizes.get(f) ?? Infinity) <= READ_WHOLE_MAX ? readWhole(f) : void 0;
    const copy2 = data ? ctx.evidence.writeBytes(bundlePath, data, meta) : ctx.evidence.copyFile(f, bundlePath, meta, redactingTransform(ctx.redactor));
    copies.push(copy2.then(() => void 0, (err) => ({ err })));
    if (copies.length > COPIES_IN_FLIGHT) await settle(copies.shift());
    const outcome = await (data ? Promise.resolve().then(() => readReportBuffer(f, data, opts.read)) : readReport(f, opts.read)).then(
      (report) => ({ report }),
      (err) => ({ err })
    );
    if ("report" in outcome) {
      outcome.report.file = rel;
      out.reports.push(outcome.report);
      out.files.push({ file: rel, bundlePath, report: outcome.report });
    } else {
      const { err } = outcome;
      out.unreadable.push(
        err instanceof JUnitReadError ? {
          file: rel,
          reason: err.reason,
          error: ctx.redactor.redact(`${rel}${err.line !== void 0 ? `:${err.line}:${err.column}` : ""}: ${err.detail}`),
          ...err.line !== void 0 ? { line: err.line, column: err.column } : {}
        } : { file: rel, reason: "io", error: ctx.redactor.redact(errorMessage(err).replaceAll(f, rel)) }
      );
      out.files.push({ file: rel, bundlePath });
    }
  }
  for (const copy2 of copies) await settle(copy2);
  return out;
}
function junitGlobs(value, pointer, fail) {
  const list = Array.isArray(value) ? value.map(String) : [String(value)];
  list.forEach((g, j) => {
    if (node_path_default.isAbsolute(g) || g.split("/").includes("..")) {
      fail(`${pointer}${Array.isArray(value) ? `/${j}` : ""}`, `JUnit glob '${g}' must be relative and stay inside the workspace`);
    }
  });
  return list;
}
var GLOB_MAGIC = /[*?[\]{}()!+@\\]/;
async function findFiles(patterns, cwd) {
  if (patterns.some((p) => GLOB_MAGIC.test(p))) {
    const { glob } = await import("./dist-4UISGOJN.js");
    return glob(patterns, { cwd, absolute: true, onlyFiles: true, dot: true });
  }
  const found = /* @__PURE__ */ new Set();
  for (const p of patterns) {
    const abs = node_path_default.resolve(cwd, p);
    const st = await stat(abs).catch(() => void 0);
    if (st?.isFile()) found.add(abs);
  }
  return [...found];
}
function readWhole(file) {
  try {
    return readFileSync(file);
  } catch {
    return void 0;
  }
}

export {
  mergeReports,
  readReport,
  warmUpReaderUntil,
  collectReports,
  junitGlobs
};
//# sourceMappingURL=chunk-TTFJPRAO.js.map
