// Applied to yazl's source when it is bundled (scripts/bundle.mjs). yazl finds the next entry to write by
// walking its entries from the first at every step (`getFirstNotDoneEntry` in `pumpEntries`): quadratic in the
// number of entries — a bundle of 5,000 JUnit files (one per test class, as surefire writes them) spent ~0.3 s
// there, 20,000 would spend seconds. An entry's state only ever grows (waiting for metadata → ready → in
// progress → done) and entries are written in the order they were added, so the walk can start where the last
// one stopped: the same entry is found, and the zip has the same bytes (test/evidence/yazl-pump.test.ts).

const WALK = `    for (var i = 0; i < self.entries.length; i++) {
      var entry = self.entries[i];
      if (entry.state < Entry.FILE_DATA_DONE) return entry;
    }
    return null;`;

const RESUMED_WALK = `    for (var i = self.igFirstNotDone || 0; i < self.entries.length; i++) {
      var entry = self.entries[i];
      if (entry.state < Entry.FILE_DATA_DONE) {
        self.igFirstNotDone = i;
        return entry;
      }
    }
    self.igFirstNotDone = self.entries.length;
    return null;`;

/** yazl's index.js with the entry walk resumed; throws when the walk is not found (yazl changed: look again). */
export function patchYazl(source) {
  const at = source.indexOf(WALK);
  if (at < 0 || source.indexOf(WALK, at + 1) >= 0) {
    throw new Error("scripts/shims/yazl-pump.mjs: yazl's entry walk is not where it was (yazl changed?); check the patch against the new source");
  }
  return source.replace(WALK, RESUMED_WALK);
}
