import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  require_node_crypto
} from "./chunk-RIBDMVJD.js";
import {
  ReportedFailure
} from "./chunk-4KYU7GAX.js";
import {
  require_node_path
} from "./chunk-G7PDO2DP.js";
import {
  __toESM
} from "./chunk-TTC2ININ.js";

// lib/deploy/types.js
var ProviderError = class extends ReportedFailure {
  name = "ProviderError";
};

// lib/deploy/content-key.js
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var CONTENT_KEY_META = "greenlightContentKey";
var SCHEME = "greenlight-content-key/3";
var FILE_TYPE_MASK = 61440;
var SYMBOLIC_LINK = 40960;
function digestEntries(entries, prebuilt) {
  const sorted = [...entries].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const digest = (0, import_node_crypto.createHash)("sha256");
  digest.update(`${SCHEME}
prebuilt=${prebuilt}
`);
  for (const entry of sorted)
    digest.update(`${JSON.stringify([entry.path, entry.size, entry.sha1])}
`);
  return digest.digest("hex");
}
function contentKeyOfHashes(root, hashed, prebuilt) {
  const entries = [];
  for (const [sha1, file] of Object.entries(hashed)) {
    const size = file.data?.byteLength ?? file.size ?? 0;
    const link = file.mode !== void 0 && (file.mode & FILE_TYPE_MASK) === SYMBOLIC_LINK;
    for (const name of file.names) {
      const rel = (0, import_node_path.relative)(root, name);
      entries.push({
        path: rel === "" ? (0, import_node_path.basename)(name) : rel.split(import_node_path.sep).join("/"),
        size,
        sha1: link ? `link:${sha1}` : sha1
      });
    }
  }
  return digestEntries(entries, prebuilt);
}

export {
  ProviderError,
  CONTENT_KEY_META,
  contentKeyOfHashes
};
